/** Input limits, used by the server's schemas and the web app's forms alike. */
export const limits = {
  emailMax: 254,
  nameMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  codeNameMax: 80,
  organisationNameMax: 200,
  urlMax: 500,
  oidcClientIdMax: 200,
  oidcClientSecretMax: 500,
  /** Roles a person may hold in one organisation: at most all of them. */
  rolesMax: 10,
  pageSizeMax: 100,
  pageSizeDefault: 25,
} as const;
