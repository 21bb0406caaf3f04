/** The real-data folder (absolute): ../shared/data/real beside the repository or beside its local origin. */
export const REAL_DATA_DIR: string;
