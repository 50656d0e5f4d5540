import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart, type BarChartProps } from './bar-chart.tsx';

const props: BarChartProps = {
  id: 'new-cases',
  title: 'Nya ärenden per kvartal',
  summary: 'Nya ärenden i Stockholm och Väst, 2026 kvartal 1 till 3.',
  categories: ['2026-Q1', '2026-Q2', '2026-Q3'],
  series: [
    { key: 'stockholm', label: 'Stockholm', values: [12, null, 30] },
    { key: 'vast', label: 'Väst', values: [7, 9, 0] },
  ],
  formatNumber: (value) => value.toLocaleString('sv-SE'),
  suppressedLabel: '<5',
};
const render = (overrides: Partial<BarChartProps> = {}) => renderToStaticMarkup(createElement(BarChart, { ...props, ...overrides }));

describe('bar chart', () => {
  it('is one named image whose description is the text alternative', () => {
    const html = render();
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="new-cases-title new-cases-summary"');
    expect(html).toContain('<desc id="new-cases-summary">Nya ärenden i Stockholm och Väst, 2026 kvartal 1 till 3.</desc>');
    expect(html).toContain('<figcaption id="new-cases-title" class="chart__title">Nya ärenden per kvartal</figcaption>');
  });

  it('draws a bar for every count, and "<5" where a count is hidden, never a bar for it', () => {
    const html = render();
    expect(html.match(/class="visx-bar chart__bar chart__bar--\d"/g)).toHaveLength(5);
    expect(html.match(/class="chart__suppressed"[^>]*>&lt;5</g)).toHaveLength(1);
  });

  it('gives each series its own colour and a legend, and no inline style an attribute would need under the CSP', () => {
    const html = render();
    expect(html).toContain('chart__bar--0');
    expect(html).toContain('chart__bar--1');
    expect(html).toMatch(/<li class="chart__legend-item"><span class="chart__swatch chart__bar--1" aria-hidden="true"><\/span>Väst<\/li>/);
    expect(html).not.toMatch(/<(rect|path|text|g)[^>]* style=/);
    expect(render({ series: props.series.slice(0, 1) })).not.toContain('chart__legend');
  });
});
