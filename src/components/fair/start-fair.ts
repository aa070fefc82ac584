/**
 * The fair page's script. Each time the page is shown (opened, reloaded, or come back to by "Next person"), it
 * clears the last visitor's answers and notes where in the tab's history it sits, so "Next person" can come back
 * here. Coming back leaves the visitor's quiz and result as entries *after* this one; a new history entry drops them
 * all, so neither Back nor Forward shows them to the next visitor.
 */
import { endFairMode, fairMode, startFairMode, type FairMode, type FairResultWords } from '../../stores/fair';
import type { FairPageData, FairScriptKey } from './fair-page-data';
import { historyIndex } from './history-index';

/** Whether the tab's history goes on past this entry, as it does after "Next person" came back here. */
function hasEntriesAfter(): boolean {
  const navigation = (window as { navigation?: { entries?: () => unknown[] } }).navigation;
  if (navigation?.entries) return navigation.entries().length - 1 > historyIndex();
  const mode = fairMode();
  return mode !== undefined && history.length - 1 > mode.startIndex;
}

export function startFairPage(): void {
  const words: FairMode['words'] = {};
  for (const element of document.querySelectorAll<HTMLElement>('script[data-fair-words]'))
    words[element.dataset['fairWords'] ?? ''] = JSON.parse(element.textContent || '{}') as FairResultWords;
  const data = JSON.parse(document.getElementById('fair-data')?.textContent || '{}') as FairPageData;
  const status = document.querySelector<HTMLElement>('[data-fair-status]');
  const endButton = document.querySelector<HTMLButtonElement>('[data-fair-end]');
  const say = (key: FairScriptKey) => {
    if (!status) return;
    status.textContent = data.strings[key];
    status.hidden = false;
  };

  const begin = () => {
    if (hasEntriesAfter()) history.pushState(null, '', location.href);
    const started = startFairMode({ startIndex: historyIndex(), words, fairUrls: data.fairUrls });
    say(started ? 'fair.ready' : 'fair.failed');
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
    say('fair.ended');
  });
}
