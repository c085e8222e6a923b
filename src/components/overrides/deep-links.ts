/**
 * Links are promises: a heading's link icon copies its URL (and still navigates there), and an
 * old #fragment recorded as moved in content/anchors.json is sent on to where the section went.
 */
import { movedAnchors } from '../../../content/anchors.json';

const status = document.querySelector<HTMLElement>('[data-deep-link-status]');
let clearTimer: number | undefined;

function announce(message: string) {
	if (!status) return;
	status.textContent = message;
	status.dataset['visible'] = '';
	window.clearTimeout(clearTimer);
	clearTimer = window.setTimeout(() => {
		status.textContent = '';
		delete status.dataset['visible'];
	}, 2500);
}

document.addEventListener('click', (event) => void copyHeadingLink(event));

/** A click on a heading's link icon copies the section's URL (or shows it when the clipboard is refused). */
async function copyHeadingLink(event: MouseEvent) {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.sl-anchor-link');
	if (!link) return;
	const url = new URL(link.getAttribute('href')!, location.href).href;
	try {
		await navigator.clipboard.writeText(url);
		announce('Link to this section copied');
	} catch {
		announce(`Link to this section: ${url}`);
	}
}

/** Sends a fragment that no longer exists on this page to where it moved. */
function followMovedAnchor() {
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id || document.getElementById(id)) return;
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const page = location.pathname.slice(base.length) || '/';
	const target = (movedAnchors as Record<string, string>)[`${page}#${id}`];
	if (!target) return;
	const next = new URL(base + target, location.href);
	if (next.pathname === location.pathname) {
		history.replaceState(null, '', next.hash);
		document.getElementById(next.hash.slice(1))?.scrollIntoView();
	} else {
		location.replace(next.href);
	}
}
followMovedAnchor();
window.addEventListener('hashchange', followMovedAnchor);
