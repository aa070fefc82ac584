/**
 * The share box's buttons (ShareBox.astro): copy the link, the phone's own share sheet, LINE, and a QR code drawn on
 * this device. The page that owns the box puts its link in with `fillShareBox`; the buttons only read it from the
 * box's field, so they always send what the person sees.
 */
import { lineShareUrl } from '../../lib/share';

const fieldOf = (box: HTMLElement) => box.querySelector<HTMLInputElement>('[data-share-link]');
const say = (box: HTMLElement, name: string) => box.dataset[name] ?? '';

/** Draws the QR code of the box's link, or says it could not. */
async function drawQrCode(box: HTMLElement, holder: HTMLElement) {
  holder.replaceChildren();
  try {
    // The QR encoder is loaded only when asked for: most people never need it, and it weighs as much as the rest of
    // the page's script. It draws on this device; no service is asked.
    const { qrCodeSvg } = await import('../../lib/qr-code');
    holder.innerHTML = qrCodeSvg(fieldOf(box)?.value ?? '', say(box, 'qrLabel'));
  } catch {
    const problem = document.createElement('p');
    problem.className = 'notice';
    problem.setAttribute('role', 'alert');
    problem.textContent = say(box, 'qrFailed');
    holder.replaceChildren(problem);
  }
}

const qrShown = (box: HTMLElement) => box.querySelector('[data-share-qr]')?.getAttribute('aria-expanded') === 'true';

/**
 * Puts `url` into the box: its field and its LINE link. A QR code on screen is drawn again for it, so the code a
 * camera reads is always the link shown.
 * @example fillShareBox(document.querySelector('[data-share-box]'), 'https://example.org/th/plan/#1A2B/numbers')
 */
export function fillShareBox(box: HTMLElement | null, url: string): void {
  if (!box) return;
  const field = fieldOf(box);
  if (field) field.value = url;
  const line = box.querySelector<HTMLAnchorElement>('[data-share-line]');
  if (line) line.href = lineShareUrl(say(box, 'message'), url);
  const holder = box.querySelector<HTMLElement>('[data-share-qr-code]');
  if (holder && qrShown(box)) void drawQrCode(box, holder);
}

/**
 * Makes the box's buttons work. The share-sheet button appears only where the browser has one.
 * @example startShareBox(root.querySelector('[data-share-box]'))
 */
export function startShareBox(box: HTMLElement | null): void {
  if (!box) return;
  const field = fieldOf(box);
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  box.querySelector('[data-share-copy]')?.addEventListener('click', async () => {
    if (!field || !status) return;
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = say(box, 'copied');
    } catch {
      // Some in-app browsers refuse the clipboard: the link is selected instead, ready for the phone's own copy.
      field.focus();
      field.select();
      status.textContent = say(box, 'copyFailed');
    }
  });

  const nativeShare = box.querySelector<HTMLButtonElement>('[data-share-native]');
  if (nativeShare && typeof navigator.share === 'function') {
    nativeShare.hidden = false;
    nativeShare.addEventListener('click', () => {
      // A closed share sheet rejects the promise; nothing has gone wrong for the person, so nothing is said.
      navigator.share({ text: say(box, 'message'), url: field?.value ?? '' }).catch(() => {});
    });
  }

  const qrButton = box.querySelector<HTMLButtonElement>('[data-share-qr]');
  const holder = box.querySelector<HTMLElement>('[data-share-qr-code]');
  qrButton?.addEventListener('click', () => {
    if (!holder) return;
    const showing = qrShown(box);
    qrButton.setAttribute('aria-expanded', String(!showing));
    qrButton.textContent = say(box, showing ? 'qrShow' : 'qrHide');
    if (showing) holder.replaceChildren();
    else void drawQrCode(box, holder);
  });
}
