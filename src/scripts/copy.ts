// Progressive enhancement for article pages: copy buttons for the citation and permanent link,
// and click-to-copy on heading anchors. Without JavaScript the text stays there to select.

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API unavailable (insecure context, permissions): fall back to a selection copy.
    const area = Object.assign(document.createElement('textarea'), { value: text });
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function flash(el: HTMLElement, label: string): void {
  const before = el.textContent;
  el.textContent = label;
  setTimeout(() => (el.textContent = before), 1500);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) return;
    const text = target instanceof HTMLAnchorElement ? target.href : (target.textContent ?? '').trim();
    flash(button, (await copy(text)) ? '已复制' : '复制失败，请手动选择');
  });
}

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.heading-anchor')) {
  anchor.title = '复制本节链接';
  anchor.addEventListener('click', () => void copy(anchor.href).then((ok) => ok && anchor.setAttribute('data-copied', '')));
}
