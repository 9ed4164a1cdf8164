// Reader comfort: text size and light/dark theme, remembered in localStorage.
// Loaded from /static (the Content-Security-Policy forbids inline script); the pages work without it.
(function () {
  'use strict';
  var root = document.documentElement;
  var SIZE_KEY = 'ficshelf.fontSize';
  var THEME_KEY = 'ficshelf.theme';
  var MIN = 80, MAX = 200, STEP = 10;

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
  }
  function currentSize() {
    var n = parseInt(read(SIZE_KEY) || '100', 10);
    return isNaN(n) ? 100 : Math.min(MAX, Math.max(MIN, n));
  }
  function applySize(n) {
    root.style.setProperty('--reader-scale', String(n / 100));
  }
  function prefersDark() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function currentTheme() {
    var t = read(THEME_KEY);
    return t === 'dark' || t === 'light' ? t : (prefersDark() ? 'dark' : 'light');
  }
  function applyTheme(t, button) {
    root.setAttribute('data-theme', t);
    if (button) {
      button.setAttribute('aria-pressed', t === 'dark' ? 'true' : 'false');
    }
  }

  applySize(currentSize());
  if (read(THEME_KEY)) {
    applyTheme(currentTheme(), null);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var controls = document.querySelector('.reader-controls');
    if (!controls) {
      return;
    }
    var themeButton = controls.querySelector('[data-action="theme"]');
    applyTheme(currentTheme(), themeButton);
    controls.hidden = false;
    controls.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-action]');
      if (!button) {
        return;
      }
      var action = button.getAttribute('data-action');
      if (action === 'theme') {
        var next = currentTheme() === 'dark' ? 'light' : 'dark';
        write(THEME_KEY, next);
        applyTheme(next, themeButton);
      } else {
        var size = currentSize() + (action === 'larger' ? STEP : -STEP);
        size = Math.min(MAX, Math.max(MIN, size));
        write(SIZE_KEY, String(size));
        applySize(size);
      }
    });
  });
}());
