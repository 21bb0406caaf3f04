/**
 * Event data for camera moves the app makes itself (fitting the data, restoring the URL's view, the
 * print image's framing): the map passes them on to the store only when the user moved the map.
 */
export const OWN_MOVE = { qmOwnMove: true } as const;
