// Page script of the fake LinkedIn: the SPA behaviours bots meet on the real site (overlays, lazy lists, dialogs, toasts).
(function () {
  'use strict';
  const cfg = window.__li || {};
  const cls = cfg.cls || {};
  const page = cfg.page || {};
  const fr = cfg.lang === 'fr';
  const hook = (role) => '.' + cls[role];
  const t = (en, frText) => (fr ? frText : en);
  const genericError = t('Something went wrong. Please try again.', 'Un problème est survenu. Veuillez réessayer.');

  function fragment(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html.trim();
    return tpl.content;
  }

  async function call(method, url, body) {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json', 'csrf-token': 'ajax:fake' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 401 || res.status === 403) {
      const j = await res.json().catch(() => ({}));
      if (j.redirect) { location.href = j.redirect; }
      throw new Error('session');
    }
    return res;
  }

  async function postJson(url, body) {
    const res = await call('POST', url, body);
    try { return JSON.parse(await res.text()); } catch { return { status: 'error', message: genericError }; }
  }

  async function getHtml(url) {
    const res = await call('GET', url);
    return res.ok ? res.text() : null;
  }

  function slugOf(href) {
    const m = /\/in\/([^/?#]+)/.exec(href || '');
    return m ? decodeURIComponent(m[1]) : null;
  }

  function toast(kind, message) {
    const list = document.querySelector('.artdeco-toasts_toasts');
    if (!list) { return; }
    const li = document.createElement('li');
    li.innerHTML = '<div class="artdeco-toast-item artdeco-toast-item--visible" role="alert">' +
      '<p class="artdeco-toast-item__message"></p><button type="button" class="artdeco-toast-item__dismiss">×</button></div>';
    li.firstElementChild.setAttribute('data-test-artdeco-toast-item-type', kind);
    li.querySelector('p').textContent = message;
    li.querySelector('button').setAttribute('aria-label', t('Dismiss', 'Ignorer'));
    li.querySelector('button').addEventListener('click', () => li.remove());
    list.appendChild(li);
  }

  function showModal(html) {
    const frag = fragment(html);
    const root = frag.firstElementChild;
    (document.getElementById('artdeco-modal-outlet') || document.body).appendChild(frag);
    return root;
  }

  // ---- Messaging: bubbles, composer, send ----
  const composerOf = (form) => form.querySelector('[role="textbox"][contenteditable="true"]');
  const sendButtonOf = (form) => form.querySelector('button.msg-form__send-button');
  const isDisabled = (b) => b.disabled || b.getAttribute('aria-disabled') === 'true';

  function setSendEnabled(form, enabled) {
    const b = sendButtonOf(form);
    if (!b) { return; }
    const on = enabled && !form.classList.contains(cls['send-locked']);
    if (b.hasAttribute('aria-disabled')) { b.setAttribute('aria-disabled', String(!on)); } else { b.disabled = !on; }
  }

  async function openBubble(query) {
    const html = await getHtml('/voyager/api/fragments/bubble' + query);
    if (!html) { return; }
    const bubble = fragment(html).firstElementChild;
    const urn = bubble.querySelector('[data-recipient-urn]').getAttribute('data-recipient-urn');
    // One bubble per person, as on LinkedIn: reopening replaces it.
    document.querySelectorAll('aside.msg-overlay-conversation-bubble').forEach((b) => {
      if (b.querySelector('[data-recipient-urn]').getAttribute('data-recipient-urn') === urn) { b.remove(); }
    });
    document.getElementById('msg-overlay').appendChild(bubble);
  }

  function placeholder(list, text) {
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event msg-s-message-list__event--pending';
    if (cfg.urnOnItem) { li.setAttribute('data-view-name', 'message-list-item'); }
    const links = list.querySelectorAll('.msg-s-message-group__profile-link');
    const last = links.length ? links[links.length - 1].getAttribute('href') : null;
    if (last !== cfg.me.path) {
      const a = document.createElement('a');
      a.className = 'msg-s-message-group__profile-link';
      a.href = cfg.me.path;
      a.innerHTML = '<span class="msg-s-message-group__name"></span>';
      a.firstChild.textContent = cfg.me.name;
      li.appendChild(a);
    }
    const div = document.createElement('div');
    div.className = 'msg-s-event-listitem';
    div.innerHTML = '<p class="msg-s-event-listitem__body"></p>';
    div.firstChild.textContent = text;
    li.appendChild(div);
    list.appendChild(li);
    return li;
  }

  function confirmItem(li, urn) {
    li.classList.remove('msg-s-message-list__event--pending');
    (cfg.urnOnItem ? li : li.querySelector('.msg-s-event-listitem')).setAttribute('data-event-urn', urn);
  }

  async function send(form, share, pending) {
    const box = composerOf(form);
    const text = box.innerText.replace(/\n+$/, '');
    const button = sendButtonOf(form);
    if (!share && (!text.trim() || (button && isDisabled(button)))) { return; }
    const scope = form.closest('aside.msg-overlay-conversation-bubble, .msg-convo-wrapper');
    const recipientUrn = scope.querySelector('[data-recipient-urn]').getAttribute('data-recipient-urn');
    const list = scope.querySelector('.msg-s-message-list-content');
    const item = pending || placeholder(list, text);
    let r;
    try {
      r = await postJson('/voyager/api/messaging/send', { recipientUrn, text, share: share || null });
    } catch {
      // Refused without a word (a bare 401/403): the message silently goes away, the text stays in the box.
      item.remove();
      return;
    }
    if (r.status === 'sent') {
      confirmItem(item, r.eventUrn);
      box.textContent = '';
      setSendEnabled(form, false);
      if (page.messaging === 'compose' && scope.matches('.msg-convo-wrapper')) { remount(scope, r); }
    } else if (r.status === 'share_prompt') {
      const overlay = showModal(r.html);
      overlay.querySelectorAll('.artdeco-modal__actionbar button').forEach((b) => b.addEventListener('click', () => {
        overlay.remove();
        send(form, b.classList.contains('artdeco-button--primary') ? 'accepted' : 'declined', item);
      }));
    } else if (r.status === 'lost') {
      // The send silently vanishes: the composer empties but nothing is added.
      item.remove();
      box.textContent = '';
      setSendEnabled(form, false);
    } else {
      item.remove();
      toast('error', r.message || genericError);
    }
  }

  // First message of a new conversation: the route moves to the thread and the pane is remounted.
  async function remount(pane, r) {
    history.pushState({}, '', r.threadUrl);
    page.messaging = 'thread';
    const html = await getHtml('/voyager/api/fragments/conversation?thread=' + encodeURIComponent(r.threadId));
    if (html) { pane.replaceWith(fragment(html)); }
  }

  document.addEventListener('input', (e) => {
    const box = e.target.closest && e.target.closest('.msg-form__contenteditable');
    if (box) { setSendEnabled(box.closest('form'), box.innerText.trim().length > 0); }
  });

  document.addEventListener('submit', (e) => {
    const form = e.target.closest('form.msg-form');
    if (form) { e.preventDefault(); send(form); }
  });

  document.addEventListener('keydown', (e) => {
    const box = e.target.closest && e.target.closest('.msg-form__contenteditable');
    if (box && e.key === 'Enter' && !e.shiftKey && box.closest('form').querySelector('.msg-form__send-toggle')) {
      e.preventDefault();
      send(box.closest('form'));
    }
    const search = e.target.closest && e.target.closest('.search-global-typeahead__input');
    if (search && e.key === 'Enter' && search.value.trim()) {
      location.href = '/search/results/people/?keywords=' + encodeURIComponent(search.value.trim()) + '&origin=GLOBAL_SEARCH_HEADER';
    }
  });

  // ---- Invitations ----
  async function invitationAction(verb, body, onOk) {
    const r = await postJson('/voyager/api/invitations/' + verb, body);
    if (r.status === 'ok') { onOk(r); } else if (r.status === 'limit') { showModal(r.html); } else if (r.status !== 'unchanged') { toast('error', r.message || genericError); }
  }

  async function withdraw(button) {
    const item = button.closest('.invitation-card, ' + hook('sent-item'));
    const slug = slugOf(item.querySelector('a[href*="/in/"]').getAttribute('href'));
    const run = () => invitationAction('withdraw', { slug }, () => {
      item.remove();
      toast('success', t('Invitation withdrawn', 'Invitation retirée'));
    });
    if (page.withdrawDialog === false) { run(); return; }
    const html = await getHtml('/voyager/api/fragments/withdraw-dialog?slug=' + encodeURIComponent(slug));
    const overlay = showModal(html);
    overlay.querySelector('.artdeco-button--primary, ' + hook('confirm')).addEventListener('click', () => { overlay.remove(); run(); });
    overlay.querySelectorAll('.artdeco-button--secondary, .artdeco-modal__dismiss, ' + hook('cancel')).forEach((b) => b.addEventListener('click', () => overlay.remove()));
  }

  // ---- Clicks ----
  document.addEventListener('click', (e) => {
    const el = e.target;
    const compose = el.closest('a[href*="/messaging/compose/"]');
    if (compose && !page.messaging) {
      e.preventDefault();
      openBubble(new URL(compose.href, location.href).search);
      return;
    }
    const wish = el.closest(hook('wish-button'));
    if (wish) {
      const link = wish.closest('[role="listitem"], li').querySelector('a[href*="/in/"]');
      openBubble('?slug=' + encodeURIComponent(slugOf(link.getAttribute('href'))));
      return;
    }
    const close = el.closest('button[data-control-name="overlay.close_conversation_window"], ' + hook('bubble-close'));
    if (close) { close.closest('aside.msg-overlay-conversation-bubble').remove(); return; }
    const accept = el.closest(hook('accept-button'));
    const ignore = el.closest(hook('ignore-button'));
    if (accept || ignore) {
      const card = (accept || ignore).closest('[data-invitation-id]');
      invitationAction(accept ? 'accept' : 'ignore', { id: card.getAttribute('data-invitation-id') }, (r) => {
        if (r.html) { card.replaceWith(fragment(r.html)); } else { card.remove(); }
      });
      return;
    }
    const withdrawButton = el.closest(hook('withdraw-button'));
    if (withdrawButton) { withdraw(withdrawButton); return; }
    const connect = el.closest(hook('connect-button'));
    if (connect) {
      const scope = connect.closest('[role="listitem"], li, [data-view-name="people-search-result"], section');
      const link = scope && scope.querySelector('a[href*="/in/"]');
      const slug = slugOf(link ? link.getAttribute('href') : location.pathname);
      invitationAction('connect', { slug }, (r) => connect.replaceWith(fragment(r.html)));
      return;
    }
    const more = el.closest(hook('see-more'));
    if (more) { more.previousElementSibling.hidden = false; more.remove(); return; }
    const gotIt = el.closest('[role="dialog"] button[aria-label="Got it"], [role="dialog"] button[aria-label="J’ai compris"]');
    if (gotIt) { (gotIt.closest('.artdeco-modal-overlay') || gotIt.closest('[role="dialog"]')).remove(); return; }
    const pageButton = el.closest('.artdeco-pagination button');
    if (pageButton && !pageButton.disabled) {
      const u = new URL(location.href);
      const current = parseInt(u.searchParams.get('page') || '1', 10);
      const target = pageButton.matches('.artdeco-pagination__button--next') ? current + 1
        : pageButton.matches('.artdeco-pagination__button--previous') ? current - 1
          : parseInt(pageButton.textContent.trim(), 10);
      u.searchParams.set('page', String(target));
      location.href = u.toString();
    }
  });

  // ---- Lazy lists: the next chunk loads when the sentinel below the list becomes visible ----
  const lazy = page.lazy;
  const sentinel = document.querySelector(hook('lazy-sentinel'));
  const list = document.querySelector(hook('lazy-list'));
  const loader = document.querySelector(hook('loader'));
  if (lazy && sentinel && list) {
    let next = lazy.next;
    let busy = false;
    const visible = () => sentinel.getBoundingClientRect().top < window.innerHeight;
    const load = async () => {
      if (busy || next >= lazy.total) { return; }
      busy = true;
      if (loader) { loader.hidden = false; }
      const count = lazy.size > 0 ? lazy.size : lazy.total;
      const query = lazy.query ? '&' + lazy.query.replace(/^\?/, '') : '';
      const html = await getHtml('/voyager/api/fragments/list?kind=' + lazy.kind + '&start=' + next + '&count=' + count + query);
      if (html) { list.appendChild(fragment(html)); }
      next += count;
      if (loader) { loader.hidden = true; }
      busy = false;
      // Check after layout: a chunk that does not fill the window leaves the sentinel in view, which the
      // observer (transitions only) would never report again.
      requestAnimationFrame(kick);
    };
    const kick = () => { if (visible()) { load(); } };
    new IntersectionObserver((entries) => { if (entries.some((x) => x.isIntersecting)) { load(); } }).observe(sentinel);
    window.addEventListener('scroll', kick, { passive: true });
  }
})();
