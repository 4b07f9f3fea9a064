// Thuisbasis: vraagt toestemming voordat er iets naar een statistiekdienst gaat.
// Zonder JavaScript blijft de balk verborgen en wordt er niets geladen: de site werkt gewoon.
// Tot de bezoeker op Accepteren klikt, staan de scripts van de dienst als type="text/plain" met data-src in de pagina;
// de browser haalt ze dan niet op. De keuze blijft bewaard (localStorage) en is te wijzigen via de knop onderaan.
(function () {
  'use strict';
  var KEY = 'thuisbasis-consent';
  var WITHDRAWN = 'thuisbasis-consent-ingetrokken';
  var me = document.currentScript;
  var provider = me ? me.getAttribute('data-provider') : '';
  var activated = false;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function withdrawn() {
    try {
      var was = window.sessionStorage.getItem(WITHDRAWN) === '1';
      window.sessionStorage.removeItem(WITHDRAWN);
      return was;
    } catch (e) { return false; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* privévenster: keuze geldt alleen voor deze pagina */ }
  }

  // Een script dat met createElement is gemaakt, voert de browser wel uit; een gekopieerd of geparsed script niet altijd.
  function fresh(old) {
    var s = document.createElement('script');
    for (var i = 0; i < old.attributes.length; i++) {
      var a = old.attributes[i];
      if (a.name !== 'type' && a.name !== 'data-src' && a.name !== 'data-tb-consent') s.setAttribute(a.name, a.value);
    }
    if (old.hasAttribute('data-src')) s.src = old.getAttribute('data-src');
    else s.textContent = old.textContent;
    return s;
  }

  function revive(node) {
    var copy = document.importNode(node, true);
    if (copy.nodeName === 'SCRIPT') return fresh(copy);
    if (copy.querySelectorAll) copy.querySelectorAll('script').forEach(function (s) { s.replaceWith(fresh(s)); });
    return copy;
  }

  function activate() {
    if (activated) return;
    activated = true;
    if (provider === 'ga4' && typeof window.gtag === 'function')
      window.gtag('consent', 'update', { analytics_storage: 'granted' });
    document.querySelectorAll('script[data-tb-consent]').forEach(function (placeholder) {
      placeholder.replaceWith(fresh(placeholder));
    });
    document.querySelectorAll('template[data-tb-consent-template]').forEach(function (t) {
      var target = t.getAttribute('data-tb-consent-template') === 'head' ? document.head : document.body;
      Array.prototype.forEach.call(t.content.childNodes, function (n) { target.appendChild(revive(n)); });
      t.remove();
    });
  }

  // Cookies van Google Analytics (_ga, _ga_XXXX) opruimen als iemand zijn toestemming intrekt. Google zet ze op het
  // hoogste domein dat het mag (buurtkracht.nl, ook voor oost.buurtkracht.nl): elk domein boven de site wordt geprobeerd.
  function clearCookies() {
    var parts = location.hostname.split('.');
    document.cookie.split(';').forEach(function (c) {
      var name = c.split('=')[0].trim();
      if (name.indexOf('_ga') !== 0) return;
      var expire = '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
      document.cookie = name + expire;
      for (var i = 0; i < parts.length - 1; i++) document.cookie = name + expire + '; domain=.' + parts.slice(i).join('.');
    });
  }

  function init() {
    var banner = document.querySelector('[data-tb-consent-banner]');
    var question = banner && banner.querySelector('[data-tb-consent-question]');
    var confirmation = banner && banner.querySelector('[data-tb-consent-confirmation]');
    var message = banner && banner.querySelector('[data-tb-consent-message]');
    var openers = document.querySelectorAll('[data-tb-consent-open]');
    // The footer button's own words ("Cookie-instellingen", or "Privacy-instellingen" without cookies), as the site shows them.
    function settingsName() {
      return (openers.length && openers[0].textContent.trim()) || 'Privacy-instellingen';
    }
    var opener = null;

    function ask() {
      if (!banner) return;
      question.hidden = false;
      confirmation.hidden = true;
      banner.hidden = false;
    }

    function confirm(text) {
      message.textContent = text;
      question.hidden = true;
      confirmation.hidden = false;
      message.focus();
    }

    if (banner) {
      banner.addEventListener('click', function (e) {
        var button = e.target.closest('button');
        if (!button) return;
        var choice = button.getAttribute('data-tb-consent-choice');
        if (choice === 'granted') {
          store('granted');
          activate();
          confirm('U heeft toestemming gegeven om te meten hoe u deze website gebruikt. U kunt dit altijd wijzigen via "' + settingsName() + '" onderaan elke pagina.');
        } else if (choice === 'denied') {
          var before = stored();
          store('denied');
          if (before === 'granted' || activated) {
            // Wat al geladen is, valt niet terug te halen: ruim op en laad de pagina opnieuw zonder.
            clearCookies();
            try { window.sessionStorage.setItem(WITHDRAWN, '1'); } catch (e) { /* dan geen bericht na het herladen */ }
            window.location.reload();
            return;
          }
          confirm('U heeft nee gezegd. Wij meten niets van uw bezoek. U kunt dit altijd wijzigen via "' + settingsName() + '" onderaan elke pagina.');
        } else if (button.hasAttribute('data-tb-consent-hide')) {
          banner.hidden = true;
          // Focus on the button just hidden is nowhere: back to the opener, or to the start of the page (the skip link).
          var next = opener || document.querySelector('.skip-link') || document.querySelector('main');
          if (next) next.focus();
        }
      });
    }

    openers.forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        opener = b;
        ask();
        var title = banner && banner.querySelector('.consent-title');
        if (title) { title.focus(); banner.scrollIntoView(); }
      });
    });

    var choice = stored();
    if (choice === 'granted') activate();
    else if (choice !== 'denied') ask();
    else if (withdrawn() && banner) {
      // The page was loaded again without what was loaded before: say so, where the choice was made.
      banner.hidden = false;
      confirm('U heeft uw toestemming ingetrokken. Wij meten niets meer van uw bezoek. U kunt dit altijd wijzigen via "' + settingsName() + '" onderaan elke pagina.');
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
