import { useState } from 'preact/hooks';
import type { ChangeAnswer, PinAnswer } from '../extension/guardian-service.ts';
import { PinPrompt } from './PinPrompt.tsx';

/**
 * Runs a change that guardian mode may refuse: when the background answers "needs the PIN",
 * a PIN prompt appears, and the change is sent again with the PIN typed. `prompt` is that
 * prompt (or null), to be placed where the change was asked for.
 */
export function useGuarded() {
  const [retry, setRetry] = useState<{ send: (pin: string) => Promise<ChangeAnswer>; done: () => void } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (send: (pin?: string) => Promise<ChangeAnswer>, done: () => void = () => {}): Promise<void> => {
    setProblem(null);
    const answer = await send();
    if (answer.ok) return done();
    if ('needPin' in answer) setRetry({ send, done });
    else setProblem(answer.problem);
  };
  const submit = async (pin: string): Promise<PinAnswer> => {
    const answer = await retry!.send(pin);
    if (answer.ok) return { ok: true };
    return 'needPin' in answer && answer.answer ? answer.answer : { ok: false, waitMs: 0 };
  };
  const prompt = retry && (
    <PinPrompt
      onSubmit={submit}
      onUnlocked={() => {
        retry.done();
        setRetry(null);
      }}
      onCancel={() => setRetry(null)}
    />
  );
  return { run, prompt, problem };
}
