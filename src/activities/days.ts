import type { IsoDate } from '../calendar/iso-date.js';
import type { Activity } from './types.js';

/** Internal: an activity's first day — a trip's departure, an exchange's start (note 8). */
export function firstDayOf(activity: Activity): IsoDate {
  return activity.kind === 'trip' ? activity.departureDate : activity.startDate;
}

/** Internal: an activity's last day — a trip's return, an exchange's end. */
export function lastDayOf(activity: Activity): IsoDate {
  return activity.kind === 'trip' ? activity.returnDate : activity.endDate;
}
