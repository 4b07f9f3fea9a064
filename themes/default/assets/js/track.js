// Thuisbasis: telt klikken op gemarkeerde links en het versturen van formulieren, zonder code in de pagina's.
// Het thema zet data-track="apply|phone|email|whatsapp|outbound|share|newsletter|contact-form" op links en formulieren;
// dit script stuurt die als gebeurtenis naar de ingestelde dienst. Eigen code kan window.thuisbasis.track(naam, gegevens)
// gebruiken. Bij een dienst die toestemming vraagt, gaat er niets weg voordat de bezoeker op Accepteren heeft geklikt.
(function () {
  'use strict';
  var me = document.currentScript;
  var provider = me ? me.getAttribute('data-provider') : 'none';
  var needsConsent = me ? me.getAttribute('data-consent') === 'required' : false;
  var NAMES = {
    apply: 'Solliciteren', phone: 'Bellen', email: 'E-mail', whatsapp: 'WhatsApp', outbound: 'Externe link',
    share: 'Delen', newsletter: 'Nieuwsbrief', 'contact-form': 'Contactformulier'
  };

  // Plausible's eigen wachtrij: gebeurtenissen van voor het laden van het script gaan niet verloren.
  if (provider === 'plausible')
    window.plausible = window.plausible || function () { (window.plausible.q = window.plausible.q || []).push(arguments); };
  if (provider === 'matomo') window._paq = window._paq || [];

  function consented() {
    if (!needsConsent) return true;
    try { return window.localStorage.getItem('thuisbasis-consent') === 'granted'; } catch (e) { return false; }
  }

  function label(props) {
    return props.vacancy || props.url || props.page || '';
  }

  function send(name, props) {
    switch (provider) {
      case 'plausible':
        window.plausible(name, { props: props });
        break;
      case 'matomo':
        window._paq.push(['trackEvent', 'Website', name, label(props)]);
        break;
      case 'goatcounter':
        if (window.goatcounter && window.goatcounter.count)
          window.goatcounter.count({ path: name, title: label(props), event: true });
        break;
      case 'umami':
        if (window.umami && window.umami.track) window.umami.track(name, props);
        break;
      case 'ga4':
        if (typeof window.gtag === 'function')
          window.gtag('event', name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, ''), props);
        break;
      case 'custom':
        if (Array.isArray(window.dataLayer)) window.dataLayer.push(Object.assign({ event: name }, props));
        break;
    }
  }

  function track(name, props) {
    if (!name || !consented()) return;
    var data = Object.assign({ page: location.pathname }, props || {});
    try { send(String(name), data); } catch (e) { /* meten mag de site nooit breken */ }
    document.dispatchEvent(new CustomEvent('thuisbasis:track', { detail: { name: String(name), props: data } }));
  }

  window.thuisbasis = window.thuisbasis || {};
  window.thuisbasis.track = track;

  // Soort link: wat het thema erop zette, anders afgeleid van het adres (links in de tekst zelf).
  function kindOf(link) {
    var kind = link.getAttribute('data-track');
    if (kind) return kind;
    if (link.nodeName !== 'A' || !link.href) return null;
    var href = link.getAttribute('href') || '';
    if (href.indexOf('tel:') === 0) return 'phone';
    if (href.indexOf('mailto:') === 0) return 'email';
    if (link.hostname === 'wa.me') return 'whatsapp';
    if ((link.protocol === 'https:' || link.protocol === 'http:') && link.hostname !== location.hostname) return 'outbound';
    return null;
  }

  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[href], button[data-track]');
    if (!link) return;
    var kind = kindOf(link);
    if (!kind || kind === 'contact-form' || kind === 'newsletter' && link.nodeName !== 'A') return;
    var props = {};
    if (link.hasAttribute('data-vacancy')) props.vacancy = link.getAttribute('data-vacancy');
    if (link.hasAttribute('data-network')) props.network = link.getAttribute('data-network');
    if (kind === 'outbound' || kind === 'share') props.url = link.hostname + link.pathname;
    track(NAMES[kind] || kind, props);
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    var kind = form && form.getAttribute && form.getAttribute('data-track');
    if (kind) track(NAMES[kind] || kind, {});
  });

  // Een zoekvak (in de kop van elke pagina) gaat naar /zoeken/#q=…, niet naar /zoeken/?q=…: wat iemand zoekt, komt zo
  // niet in het adres dat de statistiekendienst krijgt, en niet in de verwijzer van de pagina die hij daarna opent.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.hasAttribute('data-search-form')) return;
    if (new URL(form.action, location.href).pathname !== '/zoeken/') return;
    var input = form.querySelector('input[name=q]');
    if (!input) return;
    event.preventDefault();
    var query = input.value.trim();
    location.assign('/zoeken/' + (query ? '#q=' + encodeURIComponent(query) : ''));
  });
})();
