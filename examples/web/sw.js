// The page's offline worker: the package's, served from here so that it may answer for this page.
importScripts('wegweiser/offline-worker.js');
