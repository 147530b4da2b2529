/*! Kazakhstan explainer: host snippet (MIT), Pym.js messages, see docs/embedding.md */
(function () {
  var D = 'xPYMx';

  function embed(el) {
    var url;
    try {
      url = new URL(el.getAttribute('data-kz-embed'), document.baseURI);
    } catch {
      return;
    }
    if (!/^https?:$/.test(url.protocol) || el.hasAttribute('data-kz-ready')) return;
    el.setAttribute('data-kz-ready', '');
    // data-kz-height: fixed height in px, story scrolls inside; none: frame grows to its content.
    var fixed = Math.max(parseInt(el.getAttribute('data-kz-height'), 10) || 0, 0);
    var id = 'kz' + Math.random().toString(36).slice(2, 10);
    url.searchParams.set('embed', fixed ? '1' : 'auto');
    url.searchParams.set('childId', id);
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.getAttribute('data-kz-title') || '';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + (fixed || 600) + 'px';
    el.textContent = '';
    el.appendChild(frame);

    var prefix = 'pym' + D + id + D;
    var queued = false;
    function send(type, value) {
      if (frame.contentWindow) frame.contentWindow.postMessage(prefix + type + D + value, url.origin);
    }
    function position() {
      queued = false;
      var r = frame.getBoundingClientRect();
      send('viewport-iframe-position', [innerWidth, innerHeight, r.top, r.left, r.bottom, r.right].join(' '));
    }
    function onScroll() {
      if (!queued) requestAnimationFrame(position);
      queued = true;
    }
    function onResize() {
      send('width', frame.offsetWidth);
      onScroll();
    }

    // Our frame and channel only, known types, checked values; nothing becomes HTML.
    addEventListener('message', function (e) {
      var m = e.source === frame.contentWindow && e.origin === url.origin && String(e.data).split(D);
      if (!m || m.length !== 4 || m[0] + D + m[1] + D !== prefix) return;
      var n = /^\d{1,7}$/.test(m[3]) ? +m[3] : -1;
      if (m[2] === 'height' && n >= 0 && !fixed) {
        frame.style.height = n + 'px';
        onScroll();
      } else if (m[2] === 'scrollToChildPos' && n >= 0 && !fixed) {
        scrollTo(0, frame.getBoundingClientRect().top + pageYOffset + n);
      } else if (m[2] === 'parentPositionInfo') {
        position();
      } else if (m[2] === 'chapter' && /^[a-z]{1,32}$/.test(m[3])) {
        frame.dispatchEvent(new CustomEvent('kz:chapter', { bubbles: true, detail: { id: m[3] } }));
      }
    });
    frame.addEventListener('load', onResize);
    if (!fixed) addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onResize);
  }

  function all() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-kz-embed]'), embed);
  }
  window.kzEmbed = all;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all);
  else all();
})();
