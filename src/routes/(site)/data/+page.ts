// Served as /data/ (a directory index next to the data files in /data/…), which every static host
// resolves the same way.
export const trailingSlash = 'always';
