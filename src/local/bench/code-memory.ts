/**
 * bench61: how much executable and code memory this process holds, printed by the statement bench beside its figures.
 * Why: V8 (Node 20's 11.3, deps/v8/src/regexp/regexp.cc `TooMuchRegExpCode`) compiles a regex without Irregexp's
 * optimisations once the isolate has generated more than 1 MB of regex code AND holds more than 16 MB of committed
 * executable memory (perf61). The analyser alone reaches ~16.6 MB after one pass over the corpus, so a figure read after
 * other work in the same process may time slower regexes than the analyser's own process would: the memory at the start
 * and end of a section says on which side of that line its figure was read.
 */
import v8 from 'node:v8';

export interface CodeMemory {
  /** `total_heap_size_executable`: committed executable memory, the figure V8's 16 MB line reads. */
  readonly executableMB: number;
  /** The code spaces' committed size (`code_space` and `code_large_object_space`: machine code, regex code included). */
  readonly codeSpaceMB: number;
  /** `code_and_metadata_size` of `getHeapCodeStatistics()` (bytecode and machine code with their metadata). */
  readonly codeAndMetadataMB: number;
}

const MB = 1024 * 1024;

export function codeMemory(): CodeMemory {
  const codeSpaces = v8.getHeapSpaceStatistics().filter((space) => space.space_name.startsWith('code_'));
  return {
    executableMB: v8.getHeapStatistics().total_heap_size_executable / MB,
    codeSpaceMB: codeSpaces.reduce((sum, space) => sum + space.space_size, 0) / MB,
    codeAndMetadataMB: v8.getHeapCodeStatistics().code_and_metadata_size / MB,
  };
}

/** "executable 16.8 MB, code space 12.5 MB, code and metadata 9.1 MB". */
export function formatCodeMemory(memory: CodeMemory): string {
  return `executable ${memory.executableMB.toFixed(1)} MB, code space ${memory.codeSpaceMB.toFixed(1)} MB, code and metadata ${memory.codeAndMetadataMB.toFixed(1)} MB`;
}

/** Whether `memory` is past the executable-memory half of V8's line (the regex-code half, 1 MB, is not exposed). */
export function pastRegexLine(memory: CodeMemory): boolean {
  return memory.executableMB > 16;
}
