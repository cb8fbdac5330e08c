/** Words the Meetings screens show for statuses and attendance. */
import type { Attendance, MeetingStatus } from '../../../shared/model';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Draft',
  planned: 'Planned',
  held: 'Held',
  'minutes-published': 'Minutes published',
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: 'Present', absent: 'Absent', late: 'Joined late' };
