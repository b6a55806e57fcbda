// Podium web site: favourites (kept in this browser, by session GUID, so they
// survive a new version of the programme), search over the index written at
// export, and the service worker for offline use. No inline scripts: the
// pages' Content-Security-Policy allows this file only.
(function () {
  'use strict';

  const storeKey = 'podium-favourites';

  function favourites() {
    try {
      const list = JSON.parse(localStorage.getItem(storeKey) || '[]');
      return new Set(Array.isArray(list) ? list : []);
    } catch (e) {
      return new Set();
    }
  }

  function saveFavourites(set) {
    try {
      localStorage.setItem(storeKey, JSON.stringify(Array.from(set)));
    } catch (e) {
      // Private mode or storage full: the star still toggles for this page.
    }
  }

  function showFavourites(root) {
    const set = favourites();
    root.querySelectorAll('button.fav').forEach((button) => {
      const on = set.has(button.dataset.guid);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      const holder = button.closest('.slot, .item, .session');
      if (holder)
        holder.classList.toggle('is-favourite', on);
    });
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button.fav');
    if (!button)
      return;
    const set = favourites();
    const guid = button.dataset.guid;
    if (set.has(guid))
      set.delete(guid);
    else
      set.add(guid);
    saveFavourites(set);
    showFavourites(document);
  });

  window.addEventListener('storage', (event) => {
    if (event.key === storeKey)
      showFavourites(document);
  });

  function text(tag, className, content) {
    const element = document.createElement(tag);
    if (className)
      element.className = className;
    element.textContent = content;
    return element;
  }

  function favouriteButton(session, template) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'fav';
    button.dataset.guid = session.g;
    button.setAttribute('aria-pressed', 'false');
    button.title = template.title;
    button.append(text('span', '', '★'));
    button.firstChild.setAttribute('aria-hidden', 'true');
    button.append(text('span', 'visually-hidden', template.title + ': ' + session.t));
    return button;
  }

  // Every text goes in through textContent: nothing from the index is parsed as HTML.
  function sessionItem(session, template) {
    const li = document.createElement('li');
    li.className = 'item t' + session.c;
    const a = text('a', '', session.t);
    a.href = session.u;
    li.append(a, ' ');
    const facts = [session.w, session.r];
    if (session.k)
      facts.push(session.k);
    if (session.p)
      facts.push(session.p);
    li.append(text('span', 'facts', facts.join(' · ')), favouriteButton(session, template));
    return li;
  }

  function normalise(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function fill(list, status, sessions, speakers) {
    const template = { title: status.dataset.favourite || 'Favourite' };
    list.replaceChildren();
    speakers.forEach((speaker) => {
      const li = document.createElement('li');
      li.className = 'item speaker';
      const a = text('a', '', speaker.n);
      a.href = speaker.u;
      li.append(a);
      list.append(li);
    });
    sessions.forEach((session) => list.append(sessionItem(session, template)));
    const count = sessions.length + speakers.length;
    status.textContent = count === 0 ? status.dataset.none : '';
    showFavourites(list);
  }

  function search() {
    const list = document.getElementById('search-results');
    const status = document.getElementById('search-status');
    if (!list || !window.podiumIndex)
      return;
    const query = new URLSearchParams(location.search).get('q') || '';
    const input = document.getElementById('search-input');
    if (input)
      input.value = query;
    const words = normalise(query).split(/\s+/).filter((w) => w);
    if (words.length === 0)
      return;
    const matches = (fields) => {
      const haystack = normalise(fields.join(' '));
      return words.every((w) => haystack.includes(w));
    };
    const index = window.podiumIndex;
    fill(list, status,
      index.sessions.filter((s) => matches([s.t, s.p, s.r, s.k])),
      index.speakers.filter((p) => matches([p.n])));
  }

  function favouritesPage() {
    const list = document.getElementById('favourites-results');
    const status = document.getElementById('favourites-status');
    if (!list || !window.podiumIndex)
      return;
    const set = favourites();
    fill(list, status, window.podiumIndex.sessions.filter((s) => set.has(s.g)), []);
  }

  function start() {
    search();
    favouritesPage();
    showFavourites(document);
    // Service workers need http(s); a site opened from a USB stick (file://) works without.
    if ('serviceWorker' in navigator && location.protocol.startsWith('http'))
      navigator.serviceWorker.register('sw.js').catch(() => {});
  }

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start);
  else
    start();
})();
