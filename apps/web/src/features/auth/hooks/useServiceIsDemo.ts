import { useServiceMode } from '@interlude/api-client';

/** True when the API runs as the demo, so screens can point to the demo mailbox. */
export const useServiceIsDemo = (): boolean => useServiceMode().data === 'demo';
