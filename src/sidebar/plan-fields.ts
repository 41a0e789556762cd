/**
 * The Settings pane's team-plan fields: the ramp (one percentage input per
 * month, add/remove a month), planned hires (date + count rows, add/remove)
 * the healthy coverage and capacity ratios and the sales cycle. Every input has its own label (screen
 * readers hear "Hire 2: start date", not a bare "Date"); adding a row moves
 * the focus into it, removing one moves it to the next control, so the whole
 * list works from the keyboard. Reading and validating is pure
 * (./plan-settings.ts).
 */
import type { PlanSettingsView } from '../core/api';
import type { Lang } from '../core/types';
import { h, replace, uid } from './dom';
import { planFormOf, MAX_HIRES, MAX_RAMP_MONTHS, type PlanForm, type PlanProblem } from './plan-settings';
import { button, field, textInput, type Translate } from './ui';

export interface PlanFields {
  element: HTMLElement;
  read(): PlanForm;
  /** Marks the inputs the problems name (and clears the others); returns the first one to focus. */
  mark(problems: readonly PlanProblem[]): HTMLElement | null;
}

export function planFields(plan: PlanSettingsView, lang: Lang, tr: Translate, onEdit: () => void): PlanFields {
  const form = planFormOf(plan, lang);
  const rampInputs: HTMLInputElement[] = [];
  const hireRows: Array<{ date: HTMLInputElement; count: HTMLInputElement; remove: HTMLButtonElement }> = [];

  // Ramp: one input per month.
  const rampHint = h('p', { className: 'hint', id: uid('hint') }, tr('sidebar.settings.rampHelp'));
  const rampList = h('div', { className: 'ramp-months' });
  const addMonth = button(tr('sidebar.settings.rampAdd'), () => {
    const last = rampInputs[rampInputs.length - 1]?.value ?? '100';
    rampInputs.push(monthInput(last));
    renderRamp();
    rampInputs[rampInputs.length - 1].focus();
    onEdit();
  });
  const removeMonth = button(tr('sidebar.settings.rampRemove'), () => {
    if (rampInputs.length <= 1) return;
    rampInputs.pop();
    renderRamp();
    (rampInputs.length > 1 ? removeMonth : addMonth).focus();
    onEdit();
  });
  function monthInput(value: string): HTMLInputElement {
    const input = textInput(value, { inputmode: 'decimal', name: 'rampMonth' });
    input.setAttribute('aria-describedby', rampHint.id);
    input.addEventListener('input', () => {
      input.removeAttribute('aria-invalid');
      onEdit();
    });
    return input;
  }
  function renderRamp(): void {
    replace(
      rampList,
      ...rampInputs.map((input, index) => {
        input.id = input.id || uid('ramp');
        return h('div', { className: 'ramp-month' }, h('label', { attrs: { for: input.id } }, tr('sidebar.settings.rampMonth', { month: index + 1 })), input);
      }),
    );
    addMonth.disabled = rampInputs.length >= MAX_RAMP_MONTHS;
    removeMonth.disabled = rampInputs.length <= 1;
  }
  for (const value of form.ramp) rampInputs.push(monthInput(value));

  // Planned hires: date + count rows.
  const hiresHint = h('p', { className: 'hint', id: uid('hint') }, tr('sidebar.settings.hiresHelp'));
  const hireList = h('div', { className: 'hire-rows' });
  const addHire = button(tr('sidebar.settings.hireAdd'), () => {
    hireRows.push(hireRow('', '1'));
    renderHires();
    hireRows[hireRows.length - 1].date.focus();
    onEdit();
  });
  function hireRow(date: string, count: string): (typeof hireRows)[number] {
    const dateInput = h('input', { id: uid('hire-date'), attrs: { type: 'date', name: 'hireDate' } });
    dateInput.value = date;
    const countInput = textInput(count, { inputmode: 'numeric', name: 'hireCount' });
    countInput.id = uid('hire-count');
    const row = {
      date: dateInput,
      count: countInput,
      remove: button('×', () => {
        const index = hireRows.indexOf(row);
        if (index < 0) return;
        hireRows.splice(index, 1);
        renderHires();
        (hireRows[index]?.remove ?? hireRows[index - 1]?.remove ?? addHire).focus();
        onEdit();
      }),
    };
    row.remove.classList.add('hire-remove');
    for (const input of [dateInput, countInput]) {
      input.addEventListener('input', () => {
        input.removeAttribute('aria-invalid');
        onEdit();
      });
    }
    return row;
  }
  function renderHires(): void {
    const none = hireRows.length === 0 ? h('p', { className: 'muted' }, tr('sidebar.settings.hiresNone')) : null;
    replace(
      hireList,
      none,
      ...hireRows.map((row, index) => {
        const n = index + 1;
        row.remove.setAttribute('aria-label', tr('sidebar.settings.hireRemove', { row: n }));
        row.date.setAttribute('aria-describedby', hiresHint.id);
        return h(
          'div',
          { className: 'hire-row', attrs: { role: 'group', 'aria-label': tr('sidebar.settings.hire', { row: n }) } },
          h('div', { className: 'hire-date' }, h('label', { attrs: { for: row.date.id } }, tr('sidebar.settings.hireDate', { row: n })), row.date),
          h('div', { className: 'hire-count' }, h('label', { attrs: { for: row.count.id } }, tr('sidebar.settings.hireCount', { row: n })), row.count),
          row.remove,
        );
      }),
    );
    addHire.disabled = hireRows.length >= MAX_HIRES;
  }
  for (const hire of form.hires) hireRows.push(hireRow(hire.date, hire.count));

  const coverage = textInput(form.coverage, { inputmode: 'decimal', name: 'coverageThreshold' });
  const capacity = textInput(form.capacity, { inputmode: 'decimal', name: 'capacityThreshold' });
  const salesCycle = textInput(form.salesCycle, { inputmode: 'numeric', name: 'salesCycleDays' });
  for (const input of [coverage, capacity, salesCycle]) {
    input.addEventListener('input', () => {
      input.removeAttribute('aria-invalid');
      onEdit();
    });
  }

  renderRamp();
  renderHires();
  const element = h(
    'div',
    { className: 'plan-settings' },
    h('h3', {}, tr('sidebar.settings.planTitle')),
    h('p', { className: 'hint' }, tr('sidebar.settings.planIntro')),
    h('fieldset', { className: 'ramp' }, h('legend', {}, tr('sidebar.settings.ramp')), rampHint, rampList, h('div', { className: 'row-actions' }, addMonth, removeMonth)),
    h('fieldset', { className: 'hires' }, h('legend', {}, tr('sidebar.settings.hires')), hiresHint, hireList, h('div', { className: 'row-actions' }, addHire)),
    field(tr('sidebar.settings.coverage'), coverage, tr('sidebar.settings.coverageHelp')),
    field(tr('sidebar.settings.capacity'), capacity, tr('sidebar.settings.capacityHelp')),
    field(tr('sidebar.settings.salesCycle'), salesCycle, tr('sidebar.settings.salesCycleHelp')),
  );

  return {
    element,
    read: () => ({ ramp: rampInputs.map((i) => i.value), hires: hireRows.map((r) => ({ date: r.date.value, count: r.count.value })), coverage: coverage.value, capacity: capacity.value, salesCycle: salesCycle.value }),
    mark(problems) {
      const inputs: HTMLInputElement[] = [...rampInputs, ...hireRows.flatMap((r) => [r.date, r.count]), coverage, capacity, salesCycle];
      const bad = new Set<HTMLInputElement>();
      for (const problem of problems) {
        const input =
          problem.field === 'ramp' ? rampInputs[problem.index] : problem.field === 'hireDate' ? hireRows[problem.index]?.date : problem.field === 'hireCount' ? hireRows[problem.index]?.count : problem.field === 'capacity' ? capacity : problem.field === 'salesCycle' ? salesCycle : coverage;
        if (input) bad.add(input);
      }
      for (const input of inputs) input.setAttribute('aria-invalid', bad.has(input) ? 'true' : 'false');
      return inputs.find((input) => bad.has(input)) ?? null;
    },
  };
}
