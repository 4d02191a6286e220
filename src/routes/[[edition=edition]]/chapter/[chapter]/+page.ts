// A plain HTML page: its tags are for link previews, and it sends readers on without JavaScript.
export const csr = false;
