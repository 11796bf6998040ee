import { useState } from 'react';
import { Tabs } from '@mantine/core';
import { SCORE_TOOLS, isScoreTool, type ScoreTool } from '@tumor-board/shared';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import type { Suggestion } from '../components/score-field';
import { ToolPanel } from '../components/tool-panel';
import { compute } from '../tools/compute';
import { TOOL_DEFINITIONS, type FormValue, type FormValues } from '../tools/tool-definitions';

type AllValues = Record<ScoreTool, FormValues>;

const EMPTY: AllValues = { sins: {}, mirels: {}, bilsky: {}, tokuhashi: {}, tomita: {}, noms: {} };

/** NOMS takes a SINS total: offer the one worked out on the SINS tab. */
function nomsSuggestions(values: AllValues): Record<string, Suggestion> {
  const sins = compute(TOOL_DEFINITIONS.sins, values.sins);
  if (sins.status !== 'complete' || sins.result.total === null) return {};
  return { sins: { value: sins.result.total, label: `Use ${sins.result.total} from the SINS tab` } };
}

/**
 * The score calculators, open without signing in (they hold no patient data). Each tab computes
 * live in the browser with the same shared functions the server and the case pages use; answers
 * are kept per tool while switching tabs, and nothing is sent or stored.
 */
export function Component() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tool');
  const tool: ScoreTool = isScoreTool(requested) ? requested : 'sins';
  const [values, setValues] = useState<AllValues>(EMPTY);

  const change = (changes: Record<string, FormValue>) =>
    setValues((all) => ({ ...all, [tool]: { ...all[tool], ...changes } }));
  const clear = () => setValues((all) => ({ ...all, [tool]: {} }));

  return (
    <Page
      title="Score calculators"
      description="SINS, Mirels, Bilsky, Tokuhashi, Tomita and NOMS, from the published tables. The result updates as you answer; nothing you enter is sent or saved."
    >
      <Tabs
        value={tool}
        onChange={(next) => setParams(next && next !== 'sins' ? { tool: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label="Calculators">
          {SCORE_TOOLS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TOOL_DEFINITIONS[t].name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SCORE_TOOLS.map((t) => (
          <Tabs.Panel key={t} value={t} pt="lg">
            <ToolPanel
              definition={TOOL_DEFINITIONS[t]}
              values={values[t]}
              onChange={change}
              onClear={clear}
              suggestions={t === 'noms' ? nomsSuggestions(values) : undefined}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
