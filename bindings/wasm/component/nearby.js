// "Open now" and "near me" in the widget: the controls, the reader's location (asked for
// only when the button is pressed), and what a card says about hours, distance and the
// map. Every text comes from the core; the map is a plain link, so that no third party
// is contacted before the reader follows it.
import { element, markLanguage, SAFE_LINK } from './dom.js';

/** The controls, inside the filters: a checkbox, a button and a choice of places. */
export function placeControls(onChange) {
  const openNow = element('input', { type: 'checkbox', id: 'open-now' });
  const nearMe = element('button', { type: 'button', class: 'near-me', id: 'near-me' });
  const nearPlace = element('select', { id: 'near-place' });
  // Announced when it changes; the count of results keeps the one role=status.
  const status = element('p', { class: 'near-status', 'aria-live': 'polite' });
  const state = { openNow: false, near: '', fromDevice: false };
  openNow.addEventListener('change', () => {
    state.openNow = openNow.checked;
    onChange();
  });
  nearPlace.addEventListener('change', () => {
    state.near = nearPlace.value;
    state.fromDevice = false;
    onChange();
  });
  const nodes = [
    element('div', { class: 'field check' }, openNow, element('label', { for: 'open-now' })),
    element('div', { class: 'field' }, element('label', { for: 'near-place' }), nearPlace),
    element('div', { class: 'field' }, nearMe),
    status,
  ];
  return { nodes, openNow, nearMe, nearPlace, status, state };
}

/** Labels in the current locale; the places are the directory's municipalities. */
export function labelPlaceControls(parts, ui, municipalities) {
  const root = parts.nearPlace.closest('fieldset');
  root.querySelector('label[for=open-now]').textContent = ui('widget-open-now');
  root.querySelector('label[for=near-place]').textContent = ui('widget-near-place');
  parts.nearMe.textContent = ui('widget-near-me');
  const wanted = parts.state.fromDevice ? '' : parts.state.near;
  parts.nearPlace.replaceChildren(element('option', { value: '' }, ui('widget-near-none')),
    ...municipalities.map((m) => element('option', { value: m.value }, m.label)));
  parts.nearPlace.value = wanted;
  if (parts.state.near && !parts.state.fromDevice) parts.status.textContent = ui('widget-sorted-by-distance');
}

/**
 * Asks the browser for the reader's position (the browser asks the reader). Resolves to
 * `"lat,lon"`; rejects with the GeolocationPositionError (code 1: the reader said no).
 */
export function locate(geolocation) {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject({ code: 2 });
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve(`${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`),
      reject,
      { enableHighAccuracy: false, maximumAge: 300000, timeout: 15000 },
    );
  });
}

/** The button pressed: the position, or on refusal a note and the choice of places. */
export async function nearMePressed(parts, ui, geolocation, onChange) {
  try {
    parts.state.near = await locate(geolocation);
    parts.state.fromDevice = true;
    parts.nearPlace.value = '';
    parts.status.textContent = ui('widget-sorted-by-distance');
    onChange();
  } catch (error) {
    parts.status.textContent = ui(error?.code === 1 ? 'widget-location-denied' : 'widget-location-unavailable');
    parts.nearPlace.focus();
  }
}

/** A card's line "open now, until 16:00"; `null` without a state (the first view). */
export function hoursLine(state, page) {
  if (!state) return null;
  const line = element('p', { class: `hours-now ${state.state}`, 'data-service': state.id }, state.text);
  return markLanguage(line, state.locale, undefined, page);
}

/** New texts for the hours lines of the shown cards, in place: nothing else moves. */
export function refreshHours(results, states) {
  const byId = new Map(states.map((s) => [s.id, s]));
  for (const line of results.querySelectorAll('p.hours-now')) {
    const state = byId.get(line.dataset.service);
    if (!state) continue;
    if (line.textContent !== state.text) line.textContent = state.text;
    line.className = `hours-now ${state.state}`;
  }
}

/** "Entfernung: 2,4 km" for a hit that has one. */
export function distanceItem(hit, ui) {
  if (!hit.distance) return null;
  return element('li', { class: 'distance' }, `${ui('label-distance')}: `, element('span', {}, hit.distance));
}

/** "Show on OpenStreetMap" for a place with coordinates. */
export function mapLink(place, ui) {
  if (!place.map_url || !SAFE_LINK.test(place.map_url)) return null;
  return element('a', { href: place.map_url, rel: 'noopener noreferrer external', class: 'map' }, ui('widget-osm-link'));
}

/** Calls `tick` when the clock's minute changes, until the returned stop is called. */
export function everyMinute(clock, tick) {
  let timer = 0;
  const next = () => {
    const wait = 60000 - (clock() % 60000) + 20;
    timer = setTimeout(() => {
      tick();
      next();
    }, wait);
  };
  next();
  return () => clearTimeout(timer);
}
