import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, injected into the page under test (never fetched from a network). */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Impacts that fail a test; moderate and minor ones are reported only. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Every rule axe runs by default: WCAG 2.0–2.2 A and AA plus its best practices (landmarks,
 * headings, regions). The page's own CSP (`script-src 'self'`) refuses an injected script, so the
 * browser context must be created with `bypassCSP: true`.
 */
const RUN_OPTIONS: RunOptions = { resultTypes: ['violations'] };

export interface AxeViolation {
  id: string;
  impact: ImpactValue;
  help: string;
  helpUrl: string;
  /** One entry per failing element: its CSS selector, its opening tag and what axe found wrong with it. */
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe on the page as it stands (injecting axe-core first when the page does not hold it yet). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    // axe is the global the injected script defines; the callback runs in the page.
    (options) => (window as unknown as { axe: { run(o: unknown): Promise<AxeResults> } }).axe.run(options),
    RUN_OPTIONS as unknown,
  );
  return results.violations.map(toViolation);
}

function toViolation(result: Result): AxeViolation {
  return {
    id: result.id,
    impact: result.impact ?? null,
    help: result.help,
    helpUrl: result.helpUrl,
    nodes: result.nodes.map((node) => ({
      target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
      html: openingTag(node.html),
      summary: (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim(),
    })),
  };
}

/** Elements listed per rule; a calendar can repeat one finding fifty times. */
const MAX_NODES = 8;

/** The element's opening tag without its inline styles (Mantine's CSS variables), cut at 200 characters. */
function openingTag(html: string): string {
  const tag = (/^<[^>]*>/.exec(html)?.[0] ?? html).replace(/\s+style="[^"]*"/g, '');
  return tag.length > 200 ? `${tag.slice(0, 197)}...` : tag;
}

export const isBlocking = (v: AxeViolation) => BLOCKING_IMPACTS.includes(v.impact);

/**
 * Readable lines for a failure message or a log, e.g.
 * `[serious] color-contrast: Elements must meet minimum color contrast ratio thresholds (2 elements)`
 * followed by each element's selector and axe's explanation.
 */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const head = `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}) ${v.helpUrl}`;
      const nodes = v.nodes.slice(0, MAX_NODES).map((n) => `    - ${n.target}\n      ${n.html}\n      ${n.summary}`);
      if (v.nodes.length > MAX_NODES) nodes.push(`    … and ${v.nodes.length - MAX_NODES} more`);
      return [head, ...nodes].join('\n');
    })
    .join('\n');
}
