/** Input limits, used by the server's schemas and the web app's forms alike. */
export const limits = {
  emailMax: 254,
  nameMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  codeNameMax: 80,
  organisationNameMax: 200,
  pageSizeMax: 100,
  pageSizeDefault: 25,
} as const;
