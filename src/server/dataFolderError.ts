/** Thrown when the data folder's database cannot be opened or read: its message is for a person. */
export class DataFolderError extends Error {}
