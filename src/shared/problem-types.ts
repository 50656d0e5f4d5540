/** Problem types (RFC 9457 `type`) the web app acts on; kept free of Zod so any page may import them. */

/** The problem type telling the web app to ask for the password and a code again, then retry. */
export const reauthenticationRequiredType = 'https://samverka.se/problems/reauthentication-required';

/** A grant, removal or approval of roles refused by the separation-of-duties rule; `refusal` says which part. */
export const roleChangeRefusedType = 'https://samverka.se/problems/role-change-refused';
