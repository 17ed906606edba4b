/**
 * Staff of Jobbot and the need-to-know rule (policy §6): staff members with roles, their second
 * factor (TOTP, RFC 6238), and the cases through which, and only through which, a staff member may
 * read a person's data.
 */
package tech.jobbot.domain.staff;
