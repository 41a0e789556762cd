/** The part of uglify-js's API the build uses (`compress.ts`); the package ships no types. */
declare module 'uglify-js' {
  export interface MinifyOutput {
    code: string;
    error?: Error;
    warnings?: string[];
  }
  export function minify(code: string, options: Record<string, unknown>): MinifyOutput;
}
