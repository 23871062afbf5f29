/**
 * The playground's one message at a time: what a share link, a file or an
 * import did, or why it could not, with an optional action (bringing back
 * text that was replaced).
 */
import { create } from 'zustand';

export type NoticeAction = { label: string; run(): void };

export type Notice = { kind: 'error' | 'info'; text: string; action?: NoticeAction };

export type NoticeState = {
  notice: Notice | null;
  show(notice: Notice): void;
  dismiss(): void;
};

export const useNotice = create<NoticeState>()((set) => ({
  notice: null,
  show: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
}));
