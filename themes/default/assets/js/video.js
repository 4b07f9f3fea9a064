// Thuisbasis: een video van YouTube of Vimeo laadt pas als de bezoeker op afspelen drukt.
// Tot dan staat er een gewone link naar de video; er gaat niets naar YouTube of Vimeo. Zonder JavaScript blijft die link.
// Alleen spelers van youtube-nocookie.com en player.vimeo.com worden geladen, wat er ook in de pagina staat.
const players = ['https://www.youtube-nocookie.com/embed/', 'https://player.vimeo.com/video/'];

for (const link of document.querySelectorAll('a.video-link[data-embed]')) {
  const embed = link.getAttribute('data-embed');
  if (!players.some((p) => embed.startsWith(p))) continue;
  const title = (link.querySelector('.video-title') || link).textContent.trim();
  const host = embed.startsWith(players[0]) ? 'YouTube' : 'Vimeo';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'video-play';
  button.textContent = `Video afspelen: ${title}`;
  button.addEventListener('click', () => {
    const frame = document.createElement('iframe');
    frame.src = embed + (embed.includes('?') ? '&' : '?') + 'autoplay=1';
    frame.title = `${title} (video op ${host})`;
    frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    button.parentElement.replaceChildren(frame);
    frame.focus();
  });
  link.replaceWith(button);
}
