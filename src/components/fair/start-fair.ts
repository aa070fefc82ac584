/**
 * The fair page's script. Each time the page is shown (opened, reloaded, or come back to by "Next person"), it
 * clears the last visitor's answers and notes where in the tab's history it sits, so "Next person" can come back
 * here. Coming back leaves the visitor's quiz and result as entries *after* this one; a new history entry drops them
 * all, so neither Back nor Forward shows them to the next visitor.
 */
import { endFairMode, fairMode, startFairMode, type FairMode } from '../../stores/fair';
import { historyIndex } from './history-index';

export type FairPageData = Pick<FairMode, 'words' | 'fairUrls'>;

/** Whether the tab's history goes on past this entry, as it does after "Next person" came back here. */
function hasEntriesAfter(): boolean {
  const navigation = (window as { navigation?: { entries?: () => unknown[] } }).navigation;
  if (navigation?.entries) return navigation.entries().length - 1 > historyIndex();
  const mode = fairMode();
  return mode !== undefined && history.length - 1 > mode.startIndex;
}

export function startFairPage(): void {
  const words: FairPageData['words'] = {};
  for (const element of document.querySelectorAll<HTMLElement>('script[data-fair-words]'))
    words[element.dataset['fairWords'] ?? ''] = JSON.parse(element.textContent || '{}') as Record<string, string>;
  const data: FairPageData = {
    words,
    fairUrls: JSON.parse(document.getElementById('fair-urls')?.textContent || '{}') as FairPageData['fairUrls'],
  };
  const status = document.querySelector<HTMLElement>('[data-fair-status]');
  const endButton = document.querySelector<HTMLButtonElement>('[data-fair-end]');
  const message = (name: string) =>
    (document.getElementById('fair-messages') as HTMLTemplateElement | null)?.content.querySelector(
      `[data-message="${name}"]`,
    )?.textContent ?? '';
  const say = (name: string) => {
    if (!status) return;
    status.textContent = message(name);
    status.hidden = false;
  };

  const begin = () => {
    if (hasEntriesAfter()) history.pushState(null, '', location.href);
    const started = startFairMode({ startIndex: historyIndex(), words: data.words, fairUrls: data.fairUrls });
    say(started ? 'ready' : 'failed');
    if (endButton) endButton.hidden = !started;
  };
  begin();
  // Come back to from the back-forward cache, the page runs no script again on its own.
  addEventListener('pageshow', (event) => {
    if (event.persisted) begin();
  });
  endButton?.addEventListener('click', () => {
    endFairMode();
    endButton.hidden = true;
    say('ended');
  });
}
