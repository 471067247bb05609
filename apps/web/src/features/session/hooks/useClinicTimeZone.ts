import { useClinicSettings } from '@interlude/api-client';
import { browserTimeZone } from '@interlude/ui';
import { useCurrentClinic } from './useCurrentClinic';

/** Times in a clinic are shown in its time zone; the browser's zone only until the settings arrive. */
export function useClinicTimeZone(): string {
  const { clinicId } = useCurrentClinic();
  return useClinicSettings(clinicId).data?.timezone ?? browserTimeZone();
}
