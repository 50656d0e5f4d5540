import { policyOf } from '../../platform/access.ts';

/**
 * Training events. Trainers and national coordinators organise them and alone see registrants'
 * names and addresses; published events, registration and a registrant's own cancellation (with
 * the token they were given) are public. Every organiser sees every event: trainings are the
 * national team's shared work, not case content.
 */
export const trainingsPolicy = policyOf('trainings');
