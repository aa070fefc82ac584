/** Why a SITE_URL value cannot be used for a deploy, or undefined when it can. */
export function siteUrlProblem(value: string | undefined): string | undefined;
