// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit by hand:
// change the route schemas in src/server and src/shared, then regenerate.
export interface paths {
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (needs a recent re-authentication); ends my other sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/reauthenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove the password and a code again, for the next five minutes of sensitive changes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace my recovery codes with ten new ones (needs a recent re-authentication) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/second-factor/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the new second factor with a code from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        ticket: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/second-factor/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start replacing my second factor (needs a recent re-authentication) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enrolment: {
                                qrCode: string;
                                secret: string;
                                uri: string;
                            };
                            ticket: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                isCurrent: boolean;
                                /** Format: date-time */
                                lastSeenAt: string;
                                method: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/legal-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal holds, active first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseReference: string;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            liftedAt: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            reason: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Place a legal hold on a case by its reference: it is not anonymised while held */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseReference: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseReference: string;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            liftedAt: string | null;
                            /** Format: date-time */
                            placedAt: string;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/legal-holds/{holdId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a legal hold (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    holdId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The retention period of every record type: default, setting and the one in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultYears: number;
                            /** @enum {string} */
                            recordType: "case" | "journal" | "documents" | "consultation" | "intake_submission" | "call" | "audit";
                            setYears: number | null;
                            updatedAt: string | null;
                            years: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set the retention period of some record types (null: back to the default)
         * @description Sets the periods named as a whole (no version to match); the others are unchanged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        years: {
                            [key: string]: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultYears: number;
                            /** @enum {string} */
                            recordType: "case" | "journal" | "documents" | "consultation" | "intake_submission" | "call" | "audit";
                            setYears: number | null;
                            updatedAt: string | null;
                            years: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests waiting for a second person (national coordinators) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            canWithdraw: boolean;
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "close_protected_case" | "transfer_across_regions";
                            note: string | null;
                            requestedByName: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{approvalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request: the held action runs now
         * @description A national coordinator who did not ask (403 for the requester); a reason is required. Needs If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    approvalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            canWithdraw: boolean;
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "close_protected_case" | "transfer_across_regions";
                            note: string | null;
                            requestedByName: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{approvalId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request
         * @description A national coordinator who did not ask (403 for the requester); a reason is required. Needs If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    approvalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            canWithdraw: boolean;
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "close_protected_case" | "transfer_across_regions";
                            note: string | null;
                            requestedByName: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{approvalId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a pending request: it can no longer be approved
         * @description The one who asked, or for a transfer whoever may revoke it (the transfer is then revoked too); a reason is required. Others: 404 (403 for a national coordinator). 409 once decided or withdrawn. Needs If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    approvalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            canWithdraw: boolean;
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "close_protected_case" | "transfer_across_regions";
                            note: string | null;
                            requestedByName: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many requests wait for a decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Break-the-glass events for review, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                caseId: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: date-time */
                                grantedAt: string;
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                reference: string;
                                /** Format: uuid */
                                userId: string;
                                userName: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                account: {
                                    changePassword: boolean;
                                    endSession: boolean;
                                    finishSecondFactor: boolean;
                                    listSessions: boolean;
                                    reauthenticate: boolean;
                                    renewRecoveryCodes: boolean;
                                    startSecondFactor: boolean;
                                };
                                approvals: {
                                    approve: boolean;
                                    count: boolean;
                                    list: boolean;
                                    reject: boolean;
                                    withdraw: boolean;
                                };
                                audit: {
                                    readRoleChanges: boolean;
                                };
                                auth: {
                                    confirmSecondFactor: boolean;
                                    finishSetup: boolean;
                                    meta: boolean;
                                    readMe: boolean;
                                    signIn: boolean;
                                    signOut: boolean;
                                    startSetup: boolean;
                                };
                                calls: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                caseFlags: {
                                    list: boolean;
                                    listForCases: boolean;
                                    raise: boolean;
                                    remove: boolean;
                                };
                                cases: {
                                    addLink: boolean;
                                    breakGlass: boolean;
                                    create: boolean;
                                    list: boolean;
                                    listLeadCandidates: boolean;
                                    listLinks: boolean;
                                    read: boolean;
                                    removeLink: boolean;
                                    reviewBreakGlass: boolean;
                                    update: boolean;
                                };
                                caseTeam: {
                                    addLegalBasis: boolean;
                                    addMember: boolean;
                                    listCandidates: boolean;
                                    listParticipants: boolean;
                                    read: boolean;
                                    removeMember: boolean;
                                    updateMember: boolean;
                                    withdrawLegalBasis: boolean;
                                };
                                consultations: {
                                    advise: boolean;
                                    assign: boolean;
                                    claim: boolean;
                                    close: boolean;
                                    create: boolean;
                                    escalate: boolean;
                                    list: boolean;
                                    listAssignees: boolean;
                                    read: boolean;
                                };
                                dashboard: {
                                    read: boolean;
                                };
                                deadlines: {
                                    list: boolean;
                                };
                                documents: {
                                    download: boolean;
                                    list: boolean;
                                    upload: boolean;
                                };
                                duplicates: {
                                    list: boolean;
                                    markNotSame: boolean;
                                    markSamePerson: boolean;
                                };
                                exports: {
                                    download: boolean;
                                    readStatus: boolean;
                                    request: boolean;
                                };
                                health: {
                                    live: boolean;
                                    ready: boolean;
                                };
                                intake: {
                                    issueFormToken: boolean;
                                    submit: boolean;
                                };
                                invitationAcceptance: {
                                    acceptWithExistingAccount: boolean;
                                    finishAcceptance: boolean;
                                    inspect: boolean;
                                    startAcceptance: boolean;
                                };
                                invitations: {
                                    approve: boolean;
                                    create: boolean;
                                    list: boolean;
                                    reject: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                journal: {
                                    create: boolean;
                                    list: boolean;
                                    listRevisions: boolean;
                                    update: boolean;
                                };
                                materials: {
                                    link: boolean;
                                    list: boolean;
                                    listLinks: boolean;
                                    publish: boolean;
                                    publishVersion: boolean;
                                    read: boolean;
                                    unlink: boolean;
                                };
                                measures: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                members: {
                                    approveRoleRequest: boolean;
                                    deactivate: boolean;
                                    endSessions: boolean;
                                    list: boolean;
                                    listRoleRequests: boolean;
                                    reactivate: boolean;
                                    read: boolean;
                                    rejectRoleRequest: boolean;
                                    setRoles: boolean;
                                    withdrawRoleRequest: boolean;
                                };
                                notifications: {
                                    list: boolean;
                                    markAllRead: boolean;
                                    markRead: boolean;
                                };
                                organisations: {
                                    create: boolean;
                                    list: boolean;
                                    read: boolean;
                                    update: boolean;
                                };
                                persons: {
                                    showIdentity: boolean;
                                    updateIdentity: boolean;
                                    updatePerson: boolean;
                                };
                                reference: {
                                    readGeography: boolean;
                                };
                                referrals: {
                                    accept: boolean;
                                    countIncoming: boolean;
                                    create: boolean;
                                    decline: boolean;
                                    list: boolean;
                                    listIncoming: boolean;
                                    listRecipients: boolean;
                                    requestTransfer: boolean;
                                    revoke: boolean;
                                };
                                registerExtract: {
                                    extractJson: boolean;
                                    extractPdf: boolean;
                                    search: boolean;
                                };
                                retention: {
                                    liftHold: boolean;
                                    listHolds: boolean;
                                    placeHold: boolean;
                                    readSettings: boolean;
                                    updateSettings: boolean;
                                };
                                returns: {
                                    assign: boolean;
                                    decide: boolean;
                                    end: boolean;
                                    list: boolean;
                                    listIomOrganisations: boolean;
                                    planJourney: boolean;
                                    read: boolean;
                                    readForCase: boolean;
                                    recordArrival: boolean;
                                    recordFollowUp: boolean;
                                    recordPlan: boolean;
                                    refer: boolean;
                                    withdraw: boolean;
                                };
                                sso: {
                                    callback: boolean;
                                    listOrganisations: boolean;
                                    start: boolean;
                                };
                                statistics: {
                                    read: boolean;
                                };
                                supportProcess: {
                                    createChecklistItem: boolean;
                                    listChecklistItems: boolean;
                                    movePhase: boolean;
                                    read: boolean;
                                    tickChecklist: boolean;
                                    updateChecklistItem: boolean;
                                };
                                tasks: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                trainings: {
                                    cancelMyRegistration: boolean;
                                    cancelOwnRegistration: boolean;
                                    cancelRegistration: boolean;
                                    create: boolean;
                                    issueFormToken: boolean;
                                    list: boolean;
                                    listMyRegistrations: boolean;
                                    listPublished: boolean;
                                    listRegistrations: boolean;
                                    markAttendance: boolean;
                                    organiserRegions: boolean;
                                    read: boolean;
                                    readOwnRegistration: boolean;
                                    readPublished: boolean;
                                    recordEvaluation: boolean;
                                    register: boolean;
                                    registerSelf: boolean;
                                    update: boolean;
                                };
                            };
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberships: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** First step of sign-in: e-mail and password; the second factor follows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            step: "second_factor";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second step of sign-in: a TOTP code or a recovery code; opens the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                account: {
                                    changePassword: boolean;
                                    endSession: boolean;
                                    finishSecondFactor: boolean;
                                    listSessions: boolean;
                                    reauthenticate: boolean;
                                    renewRecoveryCodes: boolean;
                                    startSecondFactor: boolean;
                                };
                                approvals: {
                                    approve: boolean;
                                    count: boolean;
                                    list: boolean;
                                    reject: boolean;
                                    withdraw: boolean;
                                };
                                audit: {
                                    readRoleChanges: boolean;
                                };
                                auth: {
                                    confirmSecondFactor: boolean;
                                    finishSetup: boolean;
                                    meta: boolean;
                                    readMe: boolean;
                                    signIn: boolean;
                                    signOut: boolean;
                                    startSetup: boolean;
                                };
                                calls: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                caseFlags: {
                                    list: boolean;
                                    listForCases: boolean;
                                    raise: boolean;
                                    remove: boolean;
                                };
                                cases: {
                                    addLink: boolean;
                                    breakGlass: boolean;
                                    create: boolean;
                                    list: boolean;
                                    listLeadCandidates: boolean;
                                    listLinks: boolean;
                                    read: boolean;
                                    removeLink: boolean;
                                    reviewBreakGlass: boolean;
                                    update: boolean;
                                };
                                caseTeam: {
                                    addLegalBasis: boolean;
                                    addMember: boolean;
                                    listCandidates: boolean;
                                    listParticipants: boolean;
                                    read: boolean;
                                    removeMember: boolean;
                                    updateMember: boolean;
                                    withdrawLegalBasis: boolean;
                                };
                                consultations: {
                                    advise: boolean;
                                    assign: boolean;
                                    claim: boolean;
                                    close: boolean;
                                    create: boolean;
                                    escalate: boolean;
                                    list: boolean;
                                    listAssignees: boolean;
                                    read: boolean;
                                };
                                dashboard: {
                                    read: boolean;
                                };
                                deadlines: {
                                    list: boolean;
                                };
                                documents: {
                                    download: boolean;
                                    list: boolean;
                                    upload: boolean;
                                };
                                duplicates: {
                                    list: boolean;
                                    markNotSame: boolean;
                                    markSamePerson: boolean;
                                };
                                exports: {
                                    download: boolean;
                                    readStatus: boolean;
                                    request: boolean;
                                };
                                health: {
                                    live: boolean;
                                    ready: boolean;
                                };
                                intake: {
                                    issueFormToken: boolean;
                                    submit: boolean;
                                };
                                invitationAcceptance: {
                                    acceptWithExistingAccount: boolean;
                                    finishAcceptance: boolean;
                                    inspect: boolean;
                                    startAcceptance: boolean;
                                };
                                invitations: {
                                    approve: boolean;
                                    create: boolean;
                                    list: boolean;
                                    reject: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                journal: {
                                    create: boolean;
                                    list: boolean;
                                    listRevisions: boolean;
                                    update: boolean;
                                };
                                materials: {
                                    link: boolean;
                                    list: boolean;
                                    listLinks: boolean;
                                    publish: boolean;
                                    publishVersion: boolean;
                                    read: boolean;
                                    unlink: boolean;
                                };
                                measures: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                members: {
                                    approveRoleRequest: boolean;
                                    deactivate: boolean;
                                    endSessions: boolean;
                                    list: boolean;
                                    listRoleRequests: boolean;
                                    reactivate: boolean;
                                    read: boolean;
                                    rejectRoleRequest: boolean;
                                    setRoles: boolean;
                                    withdrawRoleRequest: boolean;
                                };
                                notifications: {
                                    list: boolean;
                                    markAllRead: boolean;
                                    markRead: boolean;
                                };
                                organisations: {
                                    create: boolean;
                                    list: boolean;
                                    read: boolean;
                                    update: boolean;
                                };
                                persons: {
                                    showIdentity: boolean;
                                    updateIdentity: boolean;
                                    updatePerson: boolean;
                                };
                                reference: {
                                    readGeography: boolean;
                                };
                                referrals: {
                                    accept: boolean;
                                    countIncoming: boolean;
                                    create: boolean;
                                    decline: boolean;
                                    list: boolean;
                                    listIncoming: boolean;
                                    listRecipients: boolean;
                                    requestTransfer: boolean;
                                    revoke: boolean;
                                };
                                registerExtract: {
                                    extractJson: boolean;
                                    extractPdf: boolean;
                                    search: boolean;
                                };
                                retention: {
                                    liftHold: boolean;
                                    listHolds: boolean;
                                    placeHold: boolean;
                                    readSettings: boolean;
                                    updateSettings: boolean;
                                };
                                returns: {
                                    assign: boolean;
                                    decide: boolean;
                                    end: boolean;
                                    list: boolean;
                                    listIomOrganisations: boolean;
                                    planJourney: boolean;
                                    read: boolean;
                                    readForCase: boolean;
                                    recordArrival: boolean;
                                    recordFollowUp: boolean;
                                    recordPlan: boolean;
                                    refer: boolean;
                                    withdraw: boolean;
                                };
                                sso: {
                                    callback: boolean;
                                    listOrganisations: boolean;
                                    start: boolean;
                                };
                                statistics: {
                                    read: boolean;
                                };
                                supportProcess: {
                                    createChecklistItem: boolean;
                                    listChecklistItems: boolean;
                                    movePhase: boolean;
                                    read: boolean;
                                    tickChecklist: boolean;
                                    updateChecklistItem: boolean;
                                };
                                tasks: {
                                    create: boolean;
                                    list: boolean;
                                    update: boolean;
                                };
                                trainings: {
                                    cancelMyRegistration: boolean;
                                    cancelOwnRegistration: boolean;
                                    cancelRegistration: boolean;
                                    create: boolean;
                                    issueFormToken: boolean;
                                    list: boolean;
                                    listMyRegistrations: boolean;
                                    listPublished: boolean;
                                    listRegistrations: boolean;
                                    markAttendance: boolean;
                                    organiserRegions: boolean;
                                    read: boolean;
                                    readOwnRegistration: boolean;
                                    readPublished: boolean;
                                    recordEvaluation: boolean;
                                    register: boolean;
                                    registerSelf: boolean;
                                    update: boolean;
                                };
                            };
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberships: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a case outside my scope for 4 hours, with a written reason (needs a recent re-authentication)
         * @description Answers 403 with the re-authentication problem type when the sign-in is older than 5 minutes, 404 for an unknown reference, and 409 when the caller already sees the case without emergency access (no grant is made).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operator's own calls of one day (Swedish time; today by default), newest first */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                adviceGiven: string | null;
                                /** @enum {string} */
                                callerCategory: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                                caseId: string | null;
                                caseReference: string | null;
                                consultationId: string | null;
                                consultationReference: string | null;
                                durationSeconds: number | null;
                                endedAt: string | null;
                                followUpNeeded: boolean;
                                /** Format: uuid */
                                id: string;
                                language: string | null;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                startedAt: string;
                                /** @enum {string} */
                                topic: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Log a call to the support line
         * @description A call from an exposed person holds no identity data: advice text with a Swedish personal identity number is refused. A consultation or case reference is accepted only when the operator may see it; any other gives the same 400 as one that does not exist.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adviceGiven?: string | null;
                        /** @enum {string} */
                        callerCategory: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                        caseReference?: string | null;
                        consultationReference?: string | null;
                        /** @default null */
                        endedAt?: string | null;
                        /** @default false */
                        followUpNeeded?: boolean;
                        /** @default null */
                        language?: ("sv" | "da" | "no" | "fi" | "is" | "se" | "yi" | "en" | "de" | "fr" | "nl" | "it" | "es" | "pt" | "el" | "pl" | "cs" | "sk" | "hu" | "ro" | "bg" | "sq" | "sr" | "bs" | "hr" | "sl" | "mk" | "lt" | "lv" | "et" | "ru" | "uk" | "be" | "ka" | "hy" | "az" | "tr" | "ku" | "kk" | "ky" | "uz" | "tg" | "tk" | "mn" | "ce" | "ar" | "he" | "fa" | "ps" | "ur" | "hi" | "pa" | "gu" | "bn" | "ta" | "te" | "ml" | "kn" | "si" | "ne" | "zh" | "ja" | "ko" | "th" | "vi" | "km" | "lo" | "my" | "tl" | "id" | "ms" | "ti" | "am" | "om" | "so" | "sw" | "rw" | "rn" | "lg" | "mg" | "yo" | "ig" | "ha" | "tw" | "ee" | "ff" | "wo" | "ln" | "sn" | "zu" | "xh" | "ny") | null;
                        /** @default null */
                        regionCode?: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** Format: date-time */
                        startedAt: string;
                        /** @enum {string} */
                        topic: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adviceGiven: string | null;
                            /** @enum {string} */
                            callerCategory: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                            caseId: string | null;
                            caseReference: string | null;
                            consultationId: string | null;
                            consultationReference: string | null;
                            durationSeconds: number | null;
                            endedAt: string | null;
                            followUpNeeded: boolean;
                            /** Format: uuid */
                            id: string;
                            language: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            startedAt: string;
                            /** @enum {string} */
                            topic: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adviceGiven: string | null;
                            /** @enum {string} */
                            callerCategory: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                            caseId: string | null;
                            caseReference: string | null;
                            consultationId: string | null;
                            consultationReference: string | null;
                            durationSeconds: number | null;
                            endedAt: string | null;
                            followUpNeeded: boolean;
                            /** Format: uuid */
                            id: string;
                            language: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            startedAt: string;
                            /** @enum {string} */
                            topic: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one of your own calls (send only what changes, with If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adviceGiven?: string | null;
                        /** @enum {string} */
                        callerCategory?: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                        caseReference?: string | null;
                        consultationReference?: string | null;
                        endedAt?: string | null;
                        followUpNeeded?: boolean;
                        language?: ("sv" | "da" | "no" | "fi" | "is" | "se" | "yi" | "en" | "de" | "fr" | "nl" | "it" | "es" | "pt" | "el" | "pl" | "cs" | "sk" | "hu" | "ro" | "bg" | "sq" | "sr" | "bs" | "hr" | "sl" | "mk" | "lt" | "lv" | "et" | "ru" | "uk" | "be" | "ka" | "hy" | "az" | "tr" | "ku" | "kk" | "ky" | "uz" | "tg" | "tk" | "mn" | "ce" | "ar" | "he" | "fa" | "ps" | "ur" | "hi" | "pa" | "gu" | "bn" | "ta" | "te" | "ml" | "kn" | "si" | "ne" | "zh" | "ja" | "ko" | "th" | "vi" | "km" | "lo" | "my" | "tl" | "id" | "ms" | "ti" | "am" | "om" | "so" | "sw" | "rw" | "rn" | "lg" | "mg" | "yo" | "ig" | "ha" | "tw" | "ee" | "ff" | "wo" | "ln" | "sn" | "zu" | "xh" | "ny") | null;
                        regionCode?: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** Format: date-time */
                        startedAt?: string;
                        /** @enum {string} */
                        topic?: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adviceGiven: string | null;
                            /** @enum {string} */
                            callerCategory: "professional" | "exposed_person" | "relative" | "sex_buyer" | "public" | "anonymous";
                            caseId: string | null;
                            caseReference: string | null;
                            consultationId: string | null;
                            consultationReference: string | null;
                            durationSeconds: number | null;
                            endedAt: string | null;
                            followUpNeeded: boolean;
                            /** Format: uuid */
                            id: string;
                            language: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            startedAt: string;
                            /** @enum {string} */
                            topic: "suspected_trafficking" | "prostitution" | "method_support" | "exit_support" | "return" | "legal_questions" | "protection" | "other";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/case-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flags of several cases (the case list); cases outside your scope answer nothing */
        get: {
            parameters: {
                query: {
                    caseIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "risk_to_person" | "risk_to_staff" | "urgent";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases the caller may see, filtered or searched, a page at a time
         * @description With q: full-text search over journal text (Swedish stemming), code names and reference numbers, best match first unless sort is given, each item with the snippet that matched.
         */
        get: {
            parameters: {
                query?: {
                    exploitationForm?: "sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown";
                    isChild?: "true" | "false";
                    mine?: "true" | "false";
                    order?: "asc" | "desc";
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    phase?: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                    q?: string;
                    region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                    sort?: "reference" | "createdAt" | "phase" | "region" | "codeName" | "relevance";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                breakGlass: boolean;
                                create: boolean;
                            };
                            items: {
                                codeName: string;
                                /** Format: date-time */
                                createdAt: string;
                                exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                                /** Format: uuid */
                                id: string;
                                isChild: boolean;
                                municipalityCode: string;
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                reference: string;
                                /** @enum {string} */
                                regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                                snippet?: {
                                    match: boolean;
                                    text: string;
                                }[];
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalIsLowerBound: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a case for an exposed person */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                        /** @default [] */
                        indicators?: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                        municipalityCode: string;
                        person: {
                            /** @default null */
                            birthYear?: number | null;
                            /** @default [] */
                            citizenships?: string[];
                            codeName: string;
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            gender?: "female" | "male" | "non_binary" | "unknown";
                            /** @default false */
                            hasProtectedIdentity?: boolean;
                            isChild: boolean;
                            /** @default [] */
                            languages?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                breakGlassExpiresAt: string | null;
                                /** @enum {string} */
                                via: "national" | "lead" | "region" | "team" | "break_glass";
                            };
                            can: {
                                edit: boolean;
                                editIdentity: boolean;
                                manageLinks: boolean;
                                manageMeasures: boolean;
                                manageTasks: boolean;
                                manageTeam: boolean;
                                movePhase: boolean;
                                showAddress: boolean;
                                showIdentity: boolean;
                                tickChecklist: boolean;
                                uploadDocuments: boolean;
                                writeJournal: boolean;
                            };
                            closedAt: string | null;
                            closureOutcome: ("long_term_solution_reached" | "returned_home" | "moved_on" | "declined_support" | "not_trafficking" | "contact_lost" | "transferred" | "other") | null;
                            closureReason: string | null;
                            codeName: string;
                            countyCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            createdByOrganisation: string;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            /** Format: uuid */
                            id: string;
                            indicators: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                            isChild: boolean;
                            isPresumptiveVictim: boolean | null;
                            leadName: string | null;
                            leadUserId: string | null;
                            longTermPath: ("return" | "residence" | "exit_programme" | "other") | null;
                            municipalityCode: string;
                            noPoliceReportReason: string | null;
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                hasProtectedIdentity: boolean;
                                /** Format: uuid */
                                id: string;
                                isChild: boolean;
                                languages: string[];
                                version: number;
                            };
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            policeReportReference: string | null;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            riskAssessedAt: string | null;
                            riskLevel: ("low" | "medium" | "high") | null;
                            snippet?: {
                                match: boolean;
                                text: string;
                            }[];
                            sourceConsultationId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                breakGlassExpiresAt: string | null;
                                /** @enum {string} */
                                via: "national" | "lead" | "region" | "team" | "break_glass";
                            };
                            can: {
                                edit: boolean;
                                editIdentity: boolean;
                                manageLinks: boolean;
                                manageMeasures: boolean;
                                manageTasks: boolean;
                                manageTeam: boolean;
                                movePhase: boolean;
                                showAddress: boolean;
                                showIdentity: boolean;
                                tickChecklist: boolean;
                                uploadDocuments: boolean;
                                writeJournal: boolean;
                            };
                            closedAt: string | null;
                            closureOutcome: ("long_term_solution_reached" | "returned_home" | "moved_on" | "declined_support" | "not_trafficking" | "contact_lost" | "transferred" | "other") | null;
                            closureReason: string | null;
                            codeName: string;
                            countyCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            createdByOrganisation: string;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            /** Format: uuid */
                            id: string;
                            indicators: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                            isChild: boolean;
                            isPresumptiveVictim: boolean | null;
                            leadName: string | null;
                            leadUserId: string | null;
                            longTermPath: ("return" | "residence" | "exit_programme" | "other") | null;
                            municipalityCode: string;
                            noPoliceReportReason: string | null;
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                hasProtectedIdentity: boolean;
                                /** Format: uuid */
                                id: string;
                                isChild: boolean;
                                languages: string[];
                                version: number;
                            };
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            policeReportReference: string | null;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            riskAssessedAt: string | null;
                            riskLevel: ("low" | "medium" | "high") | null;
                            snippet?: {
                                match: boolean;
                                text: string;
                            }[];
                            sourceConsultationId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case, if the caller may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                breakGlassExpiresAt: string | null;
                                /** @enum {string} */
                                via: "national" | "lead" | "region" | "team" | "break_glass";
                            };
                            can: {
                                edit: boolean;
                                editIdentity: boolean;
                                manageLinks: boolean;
                                manageMeasures: boolean;
                                manageTasks: boolean;
                                manageTeam: boolean;
                                movePhase: boolean;
                                showAddress: boolean;
                                showIdentity: boolean;
                                tickChecklist: boolean;
                                uploadDocuments: boolean;
                                writeJournal: boolean;
                            };
                            closedAt: string | null;
                            closureOutcome: ("long_term_solution_reached" | "returned_home" | "moved_on" | "declined_support" | "not_trafficking" | "contact_lost" | "transferred" | "other") | null;
                            closureReason: string | null;
                            codeName: string;
                            countyCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            createdByOrganisation: string;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            /** Format: uuid */
                            id: string;
                            indicators: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                            isChild: boolean;
                            isPresumptiveVictim: boolean | null;
                            leadName: string | null;
                            leadUserId: string | null;
                            longTermPath: ("return" | "residence" | "exit_programme" | "other") | null;
                            municipalityCode: string;
                            noPoliceReportReason: string | null;
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                hasProtectedIdentity: boolean;
                                /** Format: uuid */
                                id: string;
                                isChild: boolean;
                                languages: string[];
                                version: number;
                            };
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            policeReportReference: string | null;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            riskAssessedAt: string | null;
                            riskLevel: ("low" | "medium" | "high") | null;
                            snippet?: {
                                match: boolean;
                                text: string;
                            }[];
                            sourceConsultationId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the case's own fields (send only what changes, with If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closureOutcome?: ("long_term_solution_reached" | "returned_home" | "moved_on" | "declined_support" | "not_trafficking" | "contact_lost" | "transferred" | "other") | null;
                        closureReason?: string | null;
                        exploitationForms?: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                        indicators?: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                        isPresumptiveVictim?: boolean | null;
                        leadUserId?: string | null;
                        longTermPath?: ("return" | "residence" | "exit_programme" | "other") | null;
                        municipalityCode?: string;
                        noPoliceReportReason?: string | null;
                        policeReportReference?: string | null;
                        riskLevel?: ("low" | "medium" | "high") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                breakGlassExpiresAt: string | null;
                                /** @enum {string} */
                                via: "national" | "lead" | "region" | "team" | "break_glass";
                            };
                            can: {
                                edit: boolean;
                                editIdentity: boolean;
                                manageLinks: boolean;
                                manageMeasures: boolean;
                                manageTasks: boolean;
                                manageTeam: boolean;
                                movePhase: boolean;
                                showAddress: boolean;
                                showIdentity: boolean;
                                tickChecklist: boolean;
                                uploadDocuments: boolean;
                                writeJournal: boolean;
                            };
                            closedAt: string | null;
                            closureOutcome: ("long_term_solution_reached" | "returned_home" | "moved_on" | "declined_support" | "not_trafficking" | "contact_lost" | "transferred" | "other") | null;
                            closureReason: string | null;
                            codeName: string;
                            countyCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            createdByOrganisation: string;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            /** Format: uuid */
                            id: string;
                            indicators: ("deception" | "coercion" | "withheld_documents" | "debt_bondage" | "restricted_movement" | "isolation" | "threats" | "threats_to_family" | "threats_of_authorities" | "violence" | "sexual_violence" | "excessive_hours" | "withheld_pay" | "restricted_finances" | "denied_health_care" | "withheld_necessities" | "substance_control" | "poor_living_conditions")[];
                            isChild: boolean;
                            isPresumptiveVictim: boolean | null;
                            leadName: string | null;
                            leadUserId: string | null;
                            longTermPath: ("return" | "residence" | "exit_programme" | "other") | null;
                            municipalityCode: string;
                            noPoliceReportReason: string | null;
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                hasProtectedIdentity: boolean;
                                /** Format: uuid */
                                id: string;
                                isChild: boolean;
                                languages: string[];
                                version: number;
                            };
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            policeReportReference: string | null;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            riskAssessedAt: string | null;
                            riskLevel: ("low" | "medium" | "high") | null;
                            snippet?: {
                                match: boolean;
                                text: string;
                            }[];
                            sourceConsultationId: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tick or untick a checklist item in the case
         * @description Idempotent: sending the same state again changes nothing. Retired and unknown items answer 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            done: boolean;
                            doneAt: string | null;
                            doneByName: string | null;
                            isActive: boolean;
                            isRequired: boolean;
                            /** Format: uuid */
                            itemId: string;
                            labelEn: string;
                            labelSv: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's watched deadlines (tasks, reflection period, residence permit), earliest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                daysLeft: number;
                                /** Format: date */
                                dueOn: string;
                                /** @enum {string} */
                                kind: "task" | "reflection_period" | "residence_permit" | "return_plan" | "return_follow_up";
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                                /** Format: uuid */
                                subjectId: string;
                                title: string | null;
                            }[];
                            /** Format: date */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's documents: metadata only, never the content */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                mediaType: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedByName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document: the body is the file (application/octet-stream), at most 20 MB
         * @description The type is detected from the content and must be PDF, PNG, JPEG, DOCX, XLSX or ODT (415 otherwise); over 20 MB answers 413. The file name goes in the query string.
         */
        post: {
            parameters: {
                query: {
                    fileName: string;
                };
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            mediaType: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedByName: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            mediaType: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedByName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's bytes, as an attachment, with the media type detected on upload */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, with Content-Type the detected media type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Possible duplicates of the case's person: other cases in your scope whose identity may be the same person (a hint, never a merge) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canLinkSamePerson: boolean;
                            items: {
                                birthYear: number | null;
                                /** Format: uuid */
                                caseId: string;
                                codeName: string;
                                decision: "same_person" | null;
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                reasons: ("personal_number" | "document_number" | "name")[];
                                reference: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/duplicates/not-same": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a possible duplicate as not the same person, with the reason; it is no longer suggested */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        otherCaseId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canLinkSamePerson: boolean;
                            items: {
                                birthYear: number | null;
                                /** Format: uuid */
                                caseId: string;
                                codeName: string;
                                decision: "same_person" | null;
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                reasons: ("personal_number" | "document_number" | "name")[];
                                reference: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/duplicates/same-person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a possible duplicate as the same person: the cases are linked and both lead coordinators told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        otherCaseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canLinkSamePerson: boolean;
                            items: {
                                birthYear: number | null;
                                /** Format: uuid */
                                caseId: string;
                                codeName: string;
                                decision: "same_person" | null;
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                reasons: ("personal_number" | "document_number" | "name")[];
                                reference: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's flags, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "risk_to_person" | "risk_to_staff" | "urgent";
                            message: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            raisedByName: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Raise a flag on the case
         * @description dueOn is a calendar date (YYYY-MM-DD), stored and answered as the same date in every time zone.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        dueOn?: string | null;
                        /** @enum {string} */
                        kind: "risk_to_person" | "risk_to_staff" | "urgent";
                        /** @default null */
                        message?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "risk_to_person" | "risk_to_staff" | "urgent";
                            message: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            raisedByName: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/flags/{flagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a flag from the case; its notification goes with it
         * @description Needs If-Match.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    flagId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the person's identity: a deliberate, audited action (never the address with protected identity) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            addressHidden: boolean;
                            dateOfBirth: string | null;
                            documentNumber: string | null;
                            exists: boolean;
                            fullName: string | null;
                            guardian: string | null;
                            hasAddress: boolean;
                            personalNumber: string | null;
                            phone: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Store the person's identity, encrypted (the lead coordinator); the answer names possible duplicates in your scope */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        dateOfBirth?: string | null;
                        documentNumber?: string | null;
                        fullName?: string | null;
                        guardian?: string | null;
                        personalNumber?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            addressHidden: boolean;
                            dateOfBirth: string | null;
                            documentNumber: string | null;
                            exists: boolean;
                            fullName: string | null;
                            guardian: string | null;
                            hasAddress: boolean;
                            personalNumber: string | null;
                            phone: string | null;
                            possibleDuplicates: {
                                birthYear: number | null;
                                /** Format: uuid */
                                caseId: string;
                                codeName: string;
                                decision: "same_person" | null;
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                reasons: ("personal_number" | "document_number" | "name")[];
                                reference: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's journal, newest entry first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: string;
                            authorOrganisationName: string;
                            body: string;
                            canCorrect: boolean;
                            correctableUntil: string | null;
                            correctedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            revisionCount: number;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Write a journal entry */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: string;
                            authorOrganisationName: string;
                            body: string;
                            canCorrect: boolean;
                            correctableUntil: string | null;
                            correctedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            revisionCount: number;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: string;
                            authorOrganisationName: string;
                            body: string;
                            canCorrect: boolean;
                            correctableUntil: string | null;
                            correctedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            revisionCount: number;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/journal/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct your own journal entry within 24 hours; the earlier text is kept
         * @description Needs If-Match with the version read. 403 for an entry written by someone else, or when the 24 hours have passed.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: string;
                            authorOrganisationName: string;
                            body: string;
                            canCorrect: boolean;
                            correctableUntil: string | null;
                            correctedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            revisionCount: number;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/journal/{entryId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A journal entry's earlier texts, the most recently replaced first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            replacedAt: string;
                            /** Format: date-time */
                            writtenAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/lead-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may lead the case: the active regional coordinators of the case's region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            organisationName: string;
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/legal-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an organisation's legal basis: the person's consent or a statutory provision */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        consentGivenOn: string;
                        consentGivenTo: string;
                        consentScope: string;
                        /** @enum {string} */
                        kind: "consent";
                        /** Format: uuid */
                        organisationId: string;
                    } | {
                        /** @enum {string} */
                        kind: "statute";
                        /** Format: uuid */
                        organisationId: string;
                        /** @enum {string} */
                        statute: "osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentGivenOn: string | null;
                            consentGivenTo: string | null;
                            consentScope: string | null;
                            consentWithdrawnAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consent" | "statute";
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedByName: string;
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentGivenOn: string | null;
                            consentGivenTo: string | null;
                            consentScope: string | null;
                            consentWithdrawnAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consent" | "statute";
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedByName: string;
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/legal-bases/{legalBasisId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the person withdrew a consent; the organisation loses the case at once
         * @description Consent only: a statutory provision cannot be withdrawn (409). Send {} or no body to withdraw it now, or withdrawnAt for an earlier moment. Needs If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    legalBasisId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        withdrawnAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentGivenOn: string | null;
                            consentGivenTo: string | null;
                            consentScope: string | null;
                            consentWithdrawnAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consent" | "statute";
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedByName: string;
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases linked to this one that the caller may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            codeName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "same_investigation" | "same_exploitation_situation" | "same_person" | "related";
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            reference: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Link another case, by its reference number, to this one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "same_investigation" | "same_exploitation_situation" | "same_person" | "related";
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            codeName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "same_investigation" | "same_exploitation_situation" | "same_person" | "related";
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            reference: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link between two cases */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    linkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's measures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                endOn: string | null;
                                /** Format: uuid */
                                id: string;
                                note: string | null;
                                startOn: string | null;
                                /** @enum {string} */
                                status: "planned" | "active" | "ended" | "cancelled";
                                /** @enum {string} */
                                type: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a measure; a reflection-period permit gets its end date (decision + 30 days) from the server */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endOn?: string | null;
                        /** @default null */
                        note?: string | null;
                        /** @default null */
                        startOn?: string | null;
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        status?: "planned" | "active" | "ended" | "cancelled";
                        /** @enum {string} */
                        type: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            endOn: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            startOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "active" | "ended" | "cancelled";
                            /** @enum {string} */
                            type: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            endOn: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            startOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "active" | "ended" | "cancelled";
                            /** @enum {string} */
                            type: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a measure; send the version last read in If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    measureId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endOn?: string | null;
                        note?: string | null;
                        startOn?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "active" | "ended" | "cancelled";
                        /** @enum {string} */
                        type?: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            endOn: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            startOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "active" | "ended" | "cancelled";
                            /** @enum {string} */
                            type: "safe_housing" | "health_care" | "interpreter" | "counsel_for_injured_party" | "financial_support" | "reflection_period_permit" | "temporary_residence_permit" | "exit_support" | "other";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members working on the case: the lead, the region's coordinators and the team organisations' case-role members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            organisationName: string;
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the case's pseudonymised person (code name, birth year, gender, citizenships, languages, flags) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthYear?: number | null;
                        citizenships?: string[];
                        codeName?: string;
                        /** @enum {string} */
                        gender?: "female" | "male" | "non_binary" | "unknown";
                        hasProtectedIdentity?: boolean;
                        isChild?: boolean;
                        languages?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthYear: number | null;
                            citizenships: string[];
                            codeName: string;
                            /** @enum {string} */
                            gender: "female" | "male" | "non_binary" | "unknown";
                            hasProtectedIdentity: boolean;
                            /** Format: uuid */
                            id: string;
                            isChild: boolean;
                            languages: string[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/phase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the case to another phase
         * @description Forward to the next phase or to closed; back to an earlier phase, or reopen a closed case, with a reason. Send the case's version in If-Match. Answers the new process state; 422 lists each thing the move lacks. Closing a case whose person has protected identity answers 202: the closing waits for a national coordinator to approve it (pendingClosureApproval).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @enum {string} */
                        to: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            caseVersion: number;
                            history: {
                                /** Format: date-time */
                                at: string;
                                byName: string;
                                from: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "forward" | "back" | "reopen";
                                reason: string | null;
                                /** @enum {string} */
                                to: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                            missingForClose: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            missingForNext: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            nextPhase: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                            pendingClosureApproval: {
                                canWithdraw: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                requestedByName: string;
                                version: number;
                            } | null;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            phases: {
                                checklist: {
                                    done: boolean;
                                    doneAt: string | null;
                                    doneByName: string | null;
                                    isActive: boolean;
                                    isRequired: boolean;
                                    /** Format: uuid */
                                    itemId: string;
                                    labelEn: string;
                                    labelSv: string;
                                }[];
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            caseVersion: number;
                            history: {
                                /** Format: date-time */
                                at: string;
                                byName: string;
                                from: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "forward" | "back" | "reopen";
                                reason: string | null;
                                /** @enum {string} */
                                to: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                            missingForClose: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            missingForNext: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            nextPhase: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                            pendingClosureApproval: {
                                canWithdraw: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                requestedByName: string;
                                version: number;
                            } | null;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            phases: {
                                checklist: {
                                    done: boolean;
                                    doneAt: string | null;
                                    doneByName: string | null;
                                    isActive: boolean;
                                    isRequired: boolean;
                                    /** Format: uuid */
                                    itemId: string;
                                    labelEn: string;
                                    labelSv: string;
                                }[];
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's referrals and transfers, latest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Refer the case, or one service need, to another organisation
         * @description A disabled organisation or user is refused with 400; the same open referral again with 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalBasis: {
                            /** Format: date */
                            consentGivenOn: string;
                            consentGivenTo: string;
                            consentScope: string;
                            /** @enum {string} */
                            kind: "consent";
                        } | {
                            /** @enum {string} */
                            kind: "statute";
                            /** @enum {string} */
                            statute: "osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute";
                        };
                        message: string;
                        /** @default null */
                        recipientUserId?: string | null;
                        /** @default null */
                        serviceNeed?: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                        /** Format: uuid */
                        toOrganisationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/referrals/{referralId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a pending referral or transfer, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    referralId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/referrals/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations to refer or transfer the case to, or the members of one to name
         * @description Only active organisations with active members who can answer, and only active members, are offered.
         */
        get: {
            parameters: {
                query?: {
                    organisationId?: string;
                    purpose?: "referral" | "transfer";
                };
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            organisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                /** @enum {string} */
                                type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/return-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's applications to the return programme, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRefer: boolean;
                            items: {
                                arrivedOn: string | null;
                                can: {
                                    assign: boolean;
                                    decide: boolean;
                                    end: boolean;
                                    planJourney: boolean;
                                    recordArrival: boolean;
                                    recordFollowUp: boolean;
                                    recordPlan: boolean;
                                    withdraw: boolean;
                                };
                                caseId: string | null;
                                caseReference: string | null;
                                consentGiven: boolean;
                                /** Format: date */
                                consentOn: string;
                                countryCode: string;
                                decidedAt: string | null;
                                declineReason: string | null;
                                endedAt: string | null;
                                endNote: string | null;
                                endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                                /** Format: uuid */
                                id: string;
                                iomOrganisationId: string | null;
                                iomOrganisationName: string | null;
                                journeyOn: string | null;
                                milestones: {
                                    assessment: {
                                        health: number;
                                        housing: number;
                                        income: number;
                                        safety: number;
                                        socialNetwork: number;
                                    } | null;
                                    daysLeft: number;
                                    doneAt: string | null;
                                    /** Format: date */
                                    dueOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "upcoming" | "due_today" | "overdue" | "done";
                                }[];
                                person: {
                                    birthYear: number | null;
                                    citizenships: string[];
                                    codeName: string;
                                    /** @enum {string} */
                                    gender: "female" | "male" | "non_binary" | "unknown";
                                    languages: string[];
                                };
                                reasons: string;
                                /** Format: date-time */
                                referredAt: string;
                                /** @enum {string} */
                                status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                                /** @enum {string} */
                                travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                                version: number;
                                withdrawReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Refer the person to the return programme, with their consent
         * @description Needs a case member who works in the case; 409 while an application is already in the programme.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        consentGiven: true;
                        /** Format: date */
                        consentOn: string;
                        countryCode: string;
                        reasons: string;
                        /** @enum {string} */
                        travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/support-process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's phase, checklists, what the next phase lacks, and the phase history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            caseVersion: number;
                            history: {
                                /** Format: date-time */
                                at: string;
                                byName: string;
                                from: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "forward" | "back" | "reopen";
                                reason: string | null;
                                /** @enum {string} */
                                to: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                            missingForClose: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            missingForNext: {
                                code: string;
                                field: string;
                                message: string;
                            }[];
                            nextPhase: ("suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed") | null;
                            pendingClosureApproval: {
                                canWithdraw: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                requestedByName: string;
                                version: number;
                            } | null;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            phases: {
                                checklist: {
                                    done: boolean;
                                    doneAt: string | null;
                                    doneByName: string | null;
                                    isActive: boolean;
                                    isRequired: boolean;
                                    /** Format: uuid */
                                    itemId: string;
                                    labelEn: string;
                                    labelSv: string;
                                }[];
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's tasks: open ones first by due date, then the done ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            doneAt: string | null;
                            doneByName: string | null;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            title: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a task to the case
         * @description The assignee must be someone working on the case (see GET /api/cases/{caseId}/participants); otherwise 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        assigneeUserId?: string | null;
                        /** @default null */
                        dueOn?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            doneAt: string | null;
                            doneByName: string | null;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            doneAt: string | null;
                            doneByName: string | null;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task, or mark it done or not done
         * @description Needs If-Match with the version read; send only what changes.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeUserId?: string | null;
                        done?: boolean;
                        dueOn?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            doneAt: string | null;
                            doneByName: string | null;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case team and every legal basis recorded in the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            legalBases: {
                                consentGivenOn: string | null;
                                consentGivenTo: string | null;
                                consentScope: string | null;
                                consentWithdrawnAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "consent" | "statute";
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                                version: number;
                            }[];
                            members: {
                                /** Format: date-time */
                                addedAt: string;
                                addedByName: string;
                                contacts: {
                                    name: string;
                                    /** Format: uuid */
                                    userId: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                legalBasisId: string;
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                                version: number;
                            }[];
                            removed: {
                                /** Format: date-time */
                                addedAt: string;
                                addedByName: string;
                                contacts: {
                                    name: string;
                                    /** Format: uuid */
                                    userId: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                legalBasisId: string;
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                                /** Format: date-time */
                                removedAt: string;
                                removedByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Put an organisation on the case team under one of its legal bases */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        contactUserIds?: string[];
                        /** Format: uuid */
                        legalBasisId: string;
                        /** Format: uuid */
                        organisationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            addedAt: string;
                            addedByName: string;
                            contacts: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            legalBasisId: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            addedAt: string;
                            addedByName: string;
                            contacts: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            legalBasisId: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/team/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take an organisation off the case team; its members lose the case at once
         * @description The row is kept as history. Needs If-Match.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a team organisation's named contacts or legal basis */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    caseId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactUserIds?: string[];
                        /** Format: uuid */
                        legalBasisId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            addedAt: string;
                            addedByName: string;
                            contacts: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            legalBasisId: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            organisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/team/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations to put on the team, or the members of one of them to name as contacts
         * @description Without organisationId: the active organisations, those of the case's region first. With it: that organisation's active members with a case role, as contacts. Needs the manageTeam ability.
         */
        get: {
            parameters: {
                query?: {
                    organisationId?: string;
                };
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contacts: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            organisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                /** @enum {string} */
                                type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask another coordinating organisation to take over the case
         * @description The sender owns the case until the receiving organisation accepts; across police regions a national coordinator must approve too.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        /** @default null */
                        municipalityCode?: string | null;
                        /** Format: uuid */
                        toOrganisationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every checklist item per phase, retired ones too */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                manage: boolean;
                            };
                            phases: {
                                items: {
                                    /** Format: uuid */
                                    id: string;
                                    isActive: boolean;
                                    isRequired: boolean;
                                    labelEn: string;
                                    labelSv: string;
                                    /** @enum {string} */
                                    phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                                    position: number;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an item at the end of a phase's checklist */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        isRequired?: boolean;
                        labelEn: string;
                        labelSv: string;
                        /** @enum {string} */
                        phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isRequired: boolean;
                            labelEn: string;
                            labelSv: string;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            position: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isRequired: boolean;
                            labelEn: string;
                            labelSv: string;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            position: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a checklist item: labels, required, active, or its place
         * @description Send the item's version in If-Match.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        isRequired?: boolean;
                        labelEn?: string;
                        labelSv?: string;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isRequired: boolean;
                            labelEn: string;
                            labelSv: string;
                            /** @enum {string} */
                            phase: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            position: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations the caller may see: their region's queue, or the ones they opened */
        get: {
            parameters: {
                query?: {
                    age?: "today" | "days_1_3" | "days_4_7" | "older";
                    mine?: "true" | "false";
                    newToday?: "true" | "false";
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                    sort?: "received" | "due";
                    status?: "new" | "claimed" | "closed" | "escalated";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeName: string | null;
                                /** @enum {string} */
                                childInvolved: "yes" | "no" | "unknown";
                                exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                                firstResponseDueAt: string;
                                /** Format: uuid */
                                id: string;
                                isOverdue: boolean;
                                municipalityCode: string;
                                receivedAt: string;
                                reference: string;
                                /** @enum {string} */
                                regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                                /** @enum {string} */
                                source: "public_form" | "support_line" | "professional";
                                /** @enum {string} */
                                status: "new" | "claimed" | "closed" | "escalated";
                                /** @enum {string} */
                                urgency: "immediate_danger" | "urgent" | "normal";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalIsLowerBound: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ask for method support as a signed-in professional or support-line operator */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        childInvolved?: "yes" | "no" | "unknown";
                        description: string;
                        /** @default [] */
                        exploitationForms?: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                        municipalityCode: string;
                        requesterEmail?: string | null;
                        requesterName?: string | null;
                        requesterOrganisation?: string | null;
                        requesterPhone?: string | null;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "immediate_danger" | "urgent" | "normal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consultation with its advice log, if the caller may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log advice given (append-only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the consultation to a regional coordinator of its region (with If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom it may be assigned to: the active regional coordinators of the consultation's region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            organisationName: string;
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the consultation (with If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the consultation with its outcome (with If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advice: {
                                authorName: string;
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            can: {
                                advise: boolean;
                                assign: boolean;
                                claim: boolean;
                                close: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            childInvolved: "yes" | "no" | "unknown";
                            claimedAt: string | null;
                            closedAt: string | null;
                            countyCode: string;
                            description: string;
                            escalatedCaseId: string | null;
                            escalatedCaseReference: string | null;
                            exploitationForms: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                            firstRespondedAt: string | null;
                            firstResponseDueAt: string;
                            /** Format: uuid */
                            id: string;
                            isOverdue: boolean;
                            municipalityCode: string;
                            outcome: ("advice_given" | "referred_to_authority" | "referred_to_ngo" | "no_trafficking_suspected" | "escalated_to_case" | "other") | null;
                            receivedAt: string;
                            reference: string;
                            /** @enum {string} */
                            regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            requesterEmail: string | null;
                            requesterName: string | null;
                            requesterOrganisation: string | null;
                            requesterPhone: string | null;
                            /** @enum {string} */
                            source: "public_form" | "support_line" | "professional";
                            /** @enum {string} */
                            status: "new" | "claimed" | "closed" | "escalated";
                            /** @enum {string} */
                            urgency: "immediate_danger" | "urgent" | "normal";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{consultationId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a case from the consultation, carrying its facts over; each links to the other (with If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    consultationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codeName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            reference: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coordinator's figures for their region (or every region): open by age, overdue, own queue, new today, calls today */
        get: {
            parameters: {
                query?: {
                    region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callsToday: {
                                count: number;
                                href: string | null;
                            };
                            /** Format: date-time */
                            generatedAt: string;
                            myQueue: {
                                count: number;
                                href: string | null;
                            };
                            national: boolean;
                            newToday: {
                                count: number;
                                href: string | null;
                            };
                            open: number;
                            openByAge: {
                                /** @enum {string} */
                                bucket: "today" | "days_1_3" | "days_4_7" | "older";
                                count: number;
                                href: string | null;
                            }[];
                            overdue: {
                                count: number;
                                href: string | null;
                            };
                            region: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            regions: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd")[];
                            /** Format: date */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export a list as CSV or password-encrypted XLSX, or a case summary as an encrypted PDF, as a background job (needs the second-factor code again)
         * @description The case list holds pseudonymised fields only and may be CSV; XLSX is encrypted with the password (Agile AES-256), PDF with AES-256. Answers 202 with the id to follow; 403 when the code is wrong (nothing is queued); 404 for a case summary of a case outside the caller's scope; 429 after repeated wrong codes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * @default {
                         *       "sort": "createdAt",
                         *       "order": "desc"
                         *     }
                         */
                        filter?: {
                            /** @enum {string} */
                            exploitationForm?: "sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown";
                            isChild?: boolean;
                            mine?: boolean;
                            /**
                             * @default desc
                             * @enum {string}
                             */
                            order?: "asc" | "desc";
                            overdue?: boolean;
                            /** @enum {string} */
                            phase?: "suspicion" | "assessment" | "protection" | "legal" | "long_term" | "closed";
                            /** @enum {string} */
                            region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /**
                             * @default createdAt
                             * @enum {string}
                             */
                            sort?: "reference" | "createdAt" | "phase" | "region" | "codeName" | "relevance";
                        };
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @enum {string} */
                        list: "cases";
                        password?: string;
                    } | {
                        code: string;
                        /**
                         * @default {
                         *       "sort": "received"
                         *     }
                         */
                        filter?: {
                            /** @enum {string} */
                            age?: "today" | "days_1_3" | "days_4_7" | "older";
                            mine?: boolean;
                            newToday?: boolean;
                            overdue?: boolean;
                            /** @enum {string} */
                            region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /**
                             * @default received
                             * @enum {string}
                             */
                            sort?: "received" | "due";
                            /** @enum {string} */
                            status?: "new" | "claimed" | "closed" | "escalated";
                        };
                        /** @enum {string} */
                        format: "xlsx" | "csv";
                        /** @enum {string} */
                        list: "consultations";
                        password?: string;
                    } | {
                        code: string;
                        /**
                         * @default {
                         *       "date": "2026-12-07"
                         *     }
                         */
                        filter?: {
                            /**
                             * Format: date
                             * @default 2026-12-07
                             */
                            date?: string;
                        };
                        /** @enum {string} */
                        format: "xlsx" | "csv";
                        /** @enum {string} */
                        list: "calls";
                        password?: string;
                    } | {
                        code: string;
                        filter: {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            language: "sv" | "en";
                        };
                        /** @enum {string} */
                        format: "pdf";
                        /** @enum {string} */
                        list: "case_summary";
                        password?: string;
                    } | {
                        code: string;
                        /** @default {} */
                        filter?: {
                            fromYear?: number;
                            toYear?: number;
                        };
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @enum {string} */
                        list: "htcds";
                        password?: string;
                    } | {
                        code: string;
                        /** @default {} */
                        filter?: Record<string, never>;
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @enum {string} */
                        list: "returns";
                        password?: string;
                    } | {
                        code: string;
                        /**
                         * @default {
                         *       "when": "upcoming"
                         *     }
                         */
                        filter?: {
                            /** @enum {string} */
                            when: "upcoming" | "past";
                        };
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @enum {string} */
                        list: "trainings";
                        password?: string;
                    } | {
                        code: string;
                        filter: {
                            /** Format: uuid */
                            trainingId: string;
                        };
                        /** @enum {string} */
                        format: "xlsx";
                        /** @enum {string} */
                        list: "training_registrations";
                        password?: string;
                    } | {
                        code: string;
                        /**
                         * @default {
                         *       "language": "sv"
                         *     }
                         */
                        filter?: {
                            /** @enum {string} */
                            form?: "sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown";
                            from?: string;
                            /**
                             * @default sv
                             * @enum {string}
                             */
                            language?: "sv" | "en";
                            /** @enum {string} */
                            region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            to?: string;
                        };
                        /** @enum {string} */
                        format: "csv" | "xlsx" | "pdf";
                        /** @enum {string} */
                        list: "statistics";
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the caller's own export stands: status, progress, row count, when the file expires */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "pdf";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            list: "cases" | "consultations" | "calls" | "returns" | "trainings" | "training_registrations" | "case_summary" | "statistics" | "htcds";
                            progress: number;
                            /** Format: date-time */
                            requestedAt: string;
                            rowCount: number | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed" | "expired";
                            suppressedRows: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{exportId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own finished export as an attachment; 410 once its hour has passed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV, encrypted XLSX or encrypted PDF file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submits the public form: opens a consultation in the police region of the municipality
         * @description A filled-in honeypot field (`website`) is answered 201 with a reference that is not stored. The form token must be between 3 seconds and 2 hours old. At most 5 submissions per address in 10 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        childInvolved: "yes" | "no" | "unknown";
                        description: string;
                        /** @default [] */
                        exploitationForms?: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown")[];
                        formToken: string;
                        municipalityCode: string;
                        /** @default  */
                        requesterEmail?: string;
                        requesterName: string;
                        requesterOrganisation: string;
                        /** @default  */
                        requesterPhone?: string;
                        /** @enum {string} */
                        urgency: "immediate_danger" | "urgent" | "normal";
                        /** @default  */
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            reference: string;
                            regionName?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/form-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sealed token holding when the form was loaded; the submission must carry it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept/existing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Existing account: confirm it with password and code to join the organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisationName: string;
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New account, second step: confirm the TOTP with a code; creates the account and returns recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        ticket: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisationName: string;
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New account, first step: choose a password and get a TOTP secret to enrol */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enrolment: {
                                qrCode: string;
                                secret: string;
                                uri: string;
                            };
                            ticket: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation offers, and whether its e-mail already has an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            hasAccount: boolean;
                            name: string;
                            organisationName: string;
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/material-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The material linked to each phase checklist item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                checklistItemId: string;
                                /** Format: uuid */
                                materialId: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/material-links/{checklistItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link a phase checklist item to the material that explains it (replaces an earlier link) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checklistItemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        materialId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a checklist item's link to a material */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checklistItemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the published materials (newest version of each, title order), searched by title and summary */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "checklist" | "guide" | "template";
                                publishedAt: string;
                                summary: string;
                                title: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish a new material as its version 1
         * @description A retry with the same Idempotency-Key answers the material it published (200) instead of publishing another.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        kind: "checklist" | "guide" | "template";
                        summary: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "checklist" | "guide" | "template";
                            latestVersion: number;
                            publishedAt: string;
                            summary: string;
                            title: string;
                            version: number;
                            versions: {
                                publishedAt: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "checklist" | "guide" | "template";
                            latestVersion: number;
                            publishedAt: string;
                            summary: string;
                            title: string;
                            version: number;
                            versions: {
                                publishedAt: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a material (the newest unless ?version=n), with the list of its versions */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    materialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "checklist" | "guide" | "template";
                            latestVersion: number;
                            publishedAt: string;
                            summary: string;
                            title: string;
                            version: number;
                            versions: {
                                publishedAt: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/materials/{materialId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a new version of a material; earlier versions stay readable
         * @description A retry with the same Idempotency-Key (a double click) answers the version it published (200) instead of publishing a second.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    materialId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        summary: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "checklist" | "guide" | "template";
                            latestVersion: number;
                            publishedAt: string;
                            summary: string;
                            title: string;
                            version: number;
                            versions: {
                                publishedAt: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "checklist" | "guide" | "template";
                            latestVersion: number;
                            publishedAt: string;
                            summary: string;
                            title: string;
                            version: number;
                            versions: {
                                publishedAt: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facts the web app needs before sign-in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
                            needsSetup: boolean;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's reminders, newest first, with the number unread */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                caseReference: string | null;
                                consultationId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "task_due" | "task_overdue" | "reflection_period_ending" | "reflection_period_ended" | "residence_permit_expiring" | "consultation_new" | "consultation_overdue" | "return_referred" | "return_approved" | "return_declined" | "return_assigned" | "return_journey_planned" | "return_arrived" | "return_plan_recorded" | "return_follow_up_recorded" | "return_withdrawn" | "return_ended" | "return_plan_due" | "return_follow_up_due" | "roles_changed" | "role_request_pending" | "role_request_approved" | "role_request_rejected" | "duplicate_same_person" | "duplicate_not_same" | "referral_received" | "referral_accepted" | "referral_declined" | "referral_revoked" | "transfer_received" | "transfer_accepted" | "transfer_declined" | "approval_requested" | "approval_decided" | "approval_withdrawn" | "case_flag_raised";
                                organisationId: string | null;
                                organisationName: string | null;
                                readAt: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s reminders read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notificationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all the caller's reminders read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations the caller administers: every one for a system admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                create: boolean;
                            };
                            items: {
                                can: {
                                    edit: boolean;
                                    manageMembers: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                hasOidcClientSecret: boolean;
                                /** Format: uuid */
                                id: string;
                                isActive: boolean;
                                municipalityCode: string | null;
                                name: string;
                                oidcClientId: string | null;
                                oidcIssuer: string | null;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                /** @enum {string} */
                                type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        municipalityCode?: string | null;
                        name: string;
                        /** @default null */
                        oidcClientId?: string | null;
                        /** @default null */
                        oidcClientSecret?: string | null;
                        /** @default null */
                        oidcIssuer?: string | null;
                        regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** @enum {string} */
                        type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                                manageMembers: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            hasOidcClientSecret: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            municipalityCode: string | null;
                            name: string;
                            oidcClientId: string | null;
                            oidcIssuer: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            /** @enum {string} */
                            type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation, if the caller administers it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                                manageMembers: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            hasOidcClientSecret: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            municipalityCode: string | null;
                            name: string;
                            oidcClientId: string | null;
                            oidcIssuer: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            /** @enum {string} */
                            type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, deactivate or reactivate an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        municipalityCode?: string | null;
                        name?: string;
                        oidcClientId?: string | null;
                        oidcClientSecret?: string | null;
                        oidcIssuer?: string | null;
                        regionCode?: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** @enum {string} */
                        type?: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                                manageMembers: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            hasOidcClientSecret: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            municipalityCode: string | null;
                            name: string;
                            oidcClientId: string | null;
                            oidcIssuer: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            /** @enum {string} */
                            type: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not yet accepted or revoked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                awaitingApproval: boolean;
                                can: {
                                    approve: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedByName: string;
                                isExpired: boolean;
                                name: string;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Invite a new member with roles; e-mails the link, or returns it once when there is no SMTP */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emailed: boolean;
                            invitation: {
                                awaitingApproval: boolean;
                                can: {
                                    approve: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedByName: string;
                                isExpired: boolean;
                                name: string;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            };
                            link: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations/{invitationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A second administrator approves an invitation's roles; the link is then e-mailed, or returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emailed: boolean;
                            invitation: {
                                awaitingApproval: boolean;
                                can: {
                                    approve: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedByName: string;
                                isExpired: boolean;
                                name: string;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            };
                            link: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations/{invitationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A second administrator rejects an invitation waiting for approval, with a reason; it is revoked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an invitation again with a new link; the old link stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            emailed: boolean;
                            invitation: {
                                awaitingApproval: boolean;
                                can: {
                                    approve: boolean;
                                    resend: boolean;
                                    revoke: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedByName: string;
                                isExpired: boolean;
                                name: string;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            };
                            link: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations/{invitationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members of an organisation the caller administers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inviteChoices: {
                                needsApproval: boolean;
                                refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                /** @enum {string} */
                                role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                            }[];
                            items: {
                                can: {
                                    deactivate: boolean;
                                    editRoles: boolean;
                                    revokeSessions: boolean;
                                    roleChoices: {
                                        needsApproval: boolean;
                                        refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                        /** @enum {string} */
                                        role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                                    }[];
                                };
                                email: string;
                                hasSecondFactor: boolean;
                                /** Format: uuid */
                                id: string;
                                isActive: boolean;
                                isSelf: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                pendingRoles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member of an organisation the caller administers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                deactivate: boolean;
                                editRoles: boolean;
                                revokeSessions: boolean;
                                roleChoices: {
                                    needsApproval: boolean;
                                    refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                    /** @enum {string} */
                                    role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                                }[];
                            };
                            email: string;
                            hasSecondFactor: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isSelf: boolean;
                            lastSignInAt: string | null;
                            name: string;
                            pendingRoles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a member and end all their sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                deactivate: boolean;
                                editRoles: boolean;
                                revokeSessions: boolean;
                                roleChoices: {
                                    needsApproval: boolean;
                                    refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                    /** @enum {string} */
                                    role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                                }[];
                            };
                            email: string;
                            hasSecondFactor: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isSelf: boolean;
                            lastSignInAt: string | null;
                            name: string;
                            pendingRoles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated member sign in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                deactivate: boolean;
                                editRoles: boolean;
                                revokeSessions: boolean;
                                roleChoices: {
                                    needsApproval: boolean;
                                    refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                    /** @enum {string} */
                                    role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                                }[];
                            };
                            email: string;
                            hasSecondFactor: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isSelf: boolean;
                            lastSignInAt: string | null;
                            name: string;
                            pendingRoles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a member's roles: removals at once; roles that open case content, audit or administration wait for a second administrator */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                deactivate: boolean;
                                editRoles: boolean;
                                revokeSessions: boolean;
                                roleChoices: {
                                    needsApproval: boolean;
                                    refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                    /** @enum {string} */
                                    role: "national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin";
                                }[];
                            };
                            email: string;
                            hasSecondFactor: boolean;
                            /** Format: uuid */
                            id: string;
                            isActive: boolean;
                            isSelf: boolean;
                            lastSignInAt: string | null;
                            name: string;
                            pendingRoles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/role-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's log of role changes, requests, decisions and refused attempts (newest 200) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "membership.roles_changed" | "membership.roles_change_refused" | "role_request.created" | "role_request.approved" | "role_request.rejected" | "role_request.withdrawn" | "invitation.created" | "invitation.approved" | "invitation.rejected" | "invitation.refused" | "invitation.accepted" | "organisation.change_refused";
                                actorName: string | null;
                                after: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[] | null;
                                before: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[] | null;
                                id: number;
                                memberName: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                refusal: ("own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent") | null;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[] | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/role-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles for members waiting for a second administrator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                can: {
                                    approve: boolean;
                                    reject: boolean;
                                    withdraw: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                memberName: string;
                                requestedByName: string;
                                roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                                /** Format: uuid */
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/role-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve roles as the second administrator; they take effect at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberName: string;
                            requestedByName: string;
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/role-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject roles as the second administrator, with a reason for the one who asked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberName: string;
                            requestedByName: string;
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/role-requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a request one made oneself */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisationId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberName: string;
                            requestedByName: string;
                            roles: ("national_coordinator" | "regional_coordinator" | "case_worker" | "support_line_operator" | "return_officer" | "trainer" | "analyst" | "auditor" | "org_admin" | "system_admin")[];
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/training-registration/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The registrant cancels their own registration with its token; the seat goes to the first waiting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            status: "confirmed" | "waiting" | "cancelled";
                            training: {
                                endsAt: string;
                                /** @enum {string} */
                                format: "on_site" | "online";
                                onlineUrl: string | null;
                                place: string | null;
                                startsAt: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "cancelled";
                                title: string;
                            };
                            waitingPosition: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/training-registration/form-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sealed token holding when the registration form was loaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/training-registration/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The registrant reads their own registration with its token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            status: "confirmed" | "waiting" | "cancelled";
                            training: {
                                endsAt: string;
                                /** @enum {string} */
                                format: "on_site" | "online";
                                onlineUrl: string | null;
                                place: string | null;
                                startsAt: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "cancelled";
                                title: string;
                            };
                            waitingPosition: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published training events that have not ended, soonest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                audiences: ("municipality" | "authority" | "ngo" | "other")[];
                                description: string;
                                endsAt: string;
                                /** @enum {string} */
                                format: "on_site" | "online";
                                /** Format: uuid */
                                id: string;
                                isOpen: boolean;
                                place: string | null;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                registrationDeadline: string;
                                seatsLeft: number;
                                startsAt: string;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/trainings/{trainingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published training event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            description: string;
                            endsAt: string;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            isOpen: boolean;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            seatsLeft: number;
                            startsAt: string;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/trainings/{trainingId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register for a published training: a seat while there is one, otherwise the waiting list; the reference and link go by e-mail
         * @description Every accepted submission is answered 202 with the same body: a new registration, an address already registered (which is e-mailed a new link instead) and a filled-in honeypot field (`website`, nothing stored) alike. A closed registration is 409 with code `registration_closed`. The form token must be between 3 seconds and 2 hours old. At most 10 registrations per address in 10 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        formToken: string;
                        /** @default null */
                        municipalityCode?: string | null;
                        name: string;
                        /** @default  */
                        needs?: string;
                        organisation: string;
                        /** @enum {string} */
                        organisationKind: "municipality" | "authority" | "ngo" | "other";
                        /** @default  */
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "check_email";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/geography": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Police regions, counties and municipalities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counties: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            }[];
                            municipalities: {
                                code: string;
                                countyCode: string;
                                name: string;
                                /** @enum {string} */
                                regionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            }[];
                            regions: {
                                /** @enum {string} */
                                code: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{referralId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a referral (the organisation joins the case team) or a transfer (it takes over the case)
         * @description A revoked or answered referral answers 409. Needs If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    referralId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{referralId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a referral or transfer, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    referralId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The queue of the caller's organisations: referrals and transfers sent to them */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                accept: boolean;
                                decline: boolean;
                                revoke: boolean;
                            };
                            /** Format: uuid */
                            caseId: string;
                            caseReference: string;
                            /** @enum {string} */
                            caseRegionCode: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            /** Format: uuid */
                            fromOrganisationId: string;
                            fromOrganisationName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "referral" | "transfer";
                            legalBasisKind: ("consent" | "statute") | null;
                            message: string;
                            municipalityCode: string | null;
                            reason: string | null;
                            recipientName: string | null;
                            requestedByName: string;
                            serviceNeed: ("shelter" | "health_care" | "legal_aid" | "interpreter" | "return") | null;
                            /** @enum {string} */
                            status: "pending" | "awaiting_approval" | "accepted" | "declined" | "revoked";
                            statute: ("osl_10_2" | "osl_10_18a" | "osl_10_19" | "osl_10_21" | "osl_10_27" | "osl_25_12" | "osl_26_9" | "sol_14_1" | "lvu" | "other_statute") | null;
                            /** Format: uuid */
                            toOrganisationId: string;
                            toOrganisationName: string;
                            /** @enum {string} */
                            toOrganisationType: "national_agency" | "municipality" | "police" | "prosecution" | "migration_agency" | "tax_agency" | "work_environment_authority" | "customs" | "county_board" | "health_care" | "ngo" | "iom" | "other_authority";
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/incoming/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many referrals wait for an answer from the caller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register-extracts/persons/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The register extract of one person as JSON (schema version 1), after the second-factor code again; audited as delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notes: ("calls_without_identity" | "requester_not_subject" | "name_search_may_miss" | "third_parties" | "protected_identity")[];
                            /** Format: uuid */
                            personId: string;
                            producedAt: string;
                            protectedIdentity: {
                                applies: boolean;
                                /** @enum {string} */
                                handover: "ordinary" | "in_person";
                            };
                            records: {
                                caseReference: string | null;
                                fields: {
                                    name: string;
                                    value: string | null;
                                    withheld: boolean;
                                }[];
                                legalBases: {
                                    consentGivenOn: string | null;
                                    consentWithdrawnAt: string | null;
                                    /** @enum {string} */
                                    kind: "consent" | "statute" | "public_task";
                                    organisation: string | null;
                                    statute: string | null;
                                }[];
                                reference: string;
                                source: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "intake_form" | "support_line" | "professional" | "case_created" | "identity_registered" | "written_in_case";
                                    organisation: string | null;
                                };
                                /** @enum {string} */
                                type: "person" | "identity" | "case" | "consultation" | "call" | "journal_entry" | "measure";
                                views: {
                                    action: string;
                                    at: string;
                                    organisations: string[];
                                    roles: string[];
                                }[];
                            }[];
                            /** @enum {number} */
                            schemaVersion: 1;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register-extracts/persons/{personId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The register extract of one person as a tagged PDF encrypted with the officer's password, after the second-factor code again; audited as delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * @default sv
                         * @enum {string}
                         */
                        language?: "sv" | "en";
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The encrypted PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/register-extracts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find the persons a register extract is about, by personal identity number or exact full name (keyed hashes; audited without the value) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "personal_number";
                        personalNumber: string;
                    } | {
                        /** @enum {string} */
                        by: "name";
                        fullName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            persons: {
                                birthYear: number | null;
                                caseReferences: string[];
                                codeName: string;
                                hasProtectedIdentity: boolean;
                                /** Format: uuid */
                                personId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the programme the caller may see: overdue follow-ups first, then the next due date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                caseReference: string | null;
                                codeName: string;
                                countryCode: string;
                                /** Format: uuid */
                                id: string;
                                iomOrganisationName: string | null;
                                nextDueKind: ("reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12") | null;
                                nextDueOn: string | null;
                                overdueCount: number;
                                /** @enum {string} */
                                status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            }[];
                            /** Format: date */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application: for IOM, only what the referral shares */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the arrival: the plan and follow-ups fall due from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        arrivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** NMT assigns an approved application to an active IOM organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** NMT approves or declines (with a reason) a submitted application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approve" | "decline";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the participation before the 12-month follow-up, with a reason; the open plan and follow-ups and their reminders are cancelled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        note?: string | null;
                        /** @enum {string} */
                        reason: "consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up with its assessment (1–5 on each area) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        health: number;
                        housing: number;
                        income: number;
                        /** @enum {string} */
                        kind: "follow_up_3" | "follow_up_6" | "follow_up_12";
                        /** @default null */
                        note?: string | null;
                        safety: number;
                        socialNetwork: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan (or move) the journey date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        journeyOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/reintegration-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the reintegration plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{returnId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the application with a reason, before departure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    returnId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrivedOn: string | null;
                            can: {
                                assign: boolean;
                                decide: boolean;
                                end: boolean;
                                planJourney: boolean;
                                recordArrival: boolean;
                                recordFollowUp: boolean;
                                recordPlan: boolean;
                                withdraw: boolean;
                            };
                            caseId: string | null;
                            caseReference: string | null;
                            consentGiven: boolean;
                            /** Format: date */
                            consentOn: string;
                            countryCode: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            endedAt: string | null;
                            endNote: string | null;
                            endReason: ("consent_withdrawn" | "re_trafficked" | "moved" | "no_contact" | "completed_early" | "other") | null;
                            /** Format: uuid */
                            id: string;
                            iomOrganisationId: string | null;
                            iomOrganisationName: string | null;
                            journeyOn: string | null;
                            milestones: {
                                assessment: {
                                    health: number;
                                    housing: number;
                                    income: number;
                                    safety: number;
                                    socialNetwork: number;
                                } | null;
                                daysLeft: number;
                                doneAt: string | null;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "reintegration_plan" | "follow_up_3" | "follow_up_6" | "follow_up_12";
                                note: string | null;
                                /** @enum {string} */
                                status: "upcoming" | "due_today" | "overdue" | "done";
                            }[];
                            person: {
                                birthYear: number | null;
                                citizenships: string[];
                                codeName: string;
                                /** @enum {string} */
                                gender: "female" | "male" | "non_binary" | "unknown";
                                languages: string[];
                            };
                            reasons: string;
                            /** Format: date-time */
                            referredAt: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "declined" | "assigned" | "travel_planned" | "arrived" | "reintegration" | "closed" | "withdrawn";
                            /** @enum {string} */
                            travelDocumentStatus: "valid_passport" | "expired_passport" | "other_travel_document" | "none" | "applied_for" | "unknown";
                            version: number;
                            withdrawReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/iom-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active IOM organisations an application may be assigned to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with a code; creates the first administrator and their recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        ticket: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the setup link and the first administrator, and start enrolling their second factor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        organisationName: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enrolment: {
                                qrCode: string;
                                secret: string;
                                uri: string;
                            };
                            ticket: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso/{organisationId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in with the organisation's OpenID provider (redirects there) */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path: {
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID provider sends the browser back; signs in and redirects */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    session_state?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations whose members can sign in with their own OpenID provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics by quarter for the caller's regions (new cases, forms of exploitation, gender and age, citizenship, phases, consultations, calls, returns, median days), after disclosure control: counts of 1–4 and the cells that would reveal them are { suppressed: true } */
        get: {
            parameters: {
                query?: {
                    form?: "sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown";
                    from?: string;
                    region?: "nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            form: ("sexual_purposes" | "prostitution" | "forced_labour" | "begging" | "criminal_activity" | "organ_removal" | "military_service" | "other_distress" | "unknown") | null;
                            from: string;
                            medians: {
                                /** @enum {string} */
                                id: "days_first_contact_to_case" | "days_referral_to_acceptance";
                                overall: number | null;
                                quarters: {
                                    days: number | null;
                                    quarter: string;
                                }[];
                            }[];
                            national: boolean;
                            quarters: string[];
                            regions: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd")[];
                            selectableRegions: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd")[];
                            tables: {
                                cells: ({
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    suppressed: "small" | "secondary";
                                })[][];
                                columns: {
                                    /** @enum {string} */
                                    dimension: "quarter" | "region" | "exploitation_form" | "gender" | "age_band" | "citizenship" | "phase" | "consultation_source" | "caller_category" | "return_status";
                                    labels: string[];
                                };
                                columnTotals: ({
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    suppressed: "small" | "secondary";
                                })[];
                                filtersApplied: ("period" | "region" | "form")[];
                                grandTotal: {
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    suppressed: "small" | "secondary";
                                };
                                /** @enum {string} */
                                id: "new_cases_by_region" | "exploitation_forms" | "gender_and_age" | "citizenship" | "phases_reached" | "consultations_by_source" | "calls_by_caller" | "return_outcomes";
                                rows: {
                                    /** @enum {string} */
                                    dimension: "quarter" | "region" | "exploitation_form" | "gender" | "age_band" | "citizenship" | "phase" | "consultation_source" | "caller_category" | "return_status";
                                    labels: string[];
                                };
                                rowTotals: ({
                                    value: number;
                                } | {
                                    /** @enum {string} */
                                    suppressed: "small" | "secondary";
                                })[];
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming or past training events with their counts: those the caller organises, and published national events and those of their regions */
        get: {
            parameters: {
                query?: {
                    when?: "upcoming" | "past";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                audiences: ("municipality" | "authority" | "ngo" | "other")[];
                                canManage: boolean;
                                capacity: number;
                                counts: {
                                    attended: number;
                                    confirmed: number;
                                    waiting: number;
                                };
                                description: string;
                                endsAt: string;
                                evaluation: {
                                    averageRating: number | null;
                                    comments: string | null;
                                    count: number;
                                } | null;
                                /** @enum {string} */
                                format: "on_site" | "online";
                                /** Format: uuid */
                                id: string;
                                onlineUrl: string | null;
                                place: string | null;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                registrationDeadline: string;
                                startsAt: string;
                                /** @enum {string} */
                                status: "draft" | "published" | "cancelled";
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a training event, as a draft or published at once */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audiences: ("municipality" | "authority" | "ngo" | "other")[];
                        capacity: number;
                        /** @default  */
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @enum {string} */
                        format: "on_site" | "online";
                        onlineUrl?: string | null;
                        place?: string | null;
                        /** @default null */
                        regionCode?: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** Format: date-time */
                        registrationDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            canManage: boolean;
                            capacity: number;
                            counts: {
                                attended: number;
                                confirmed: number;
                                waiting: number;
                            };
                            description: string;
                            endsAt: string;
                            evaluation: {
                                averageRating: number | null;
                                comments: string | null;
                                count: number;
                            } | null;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            onlineUrl: string | null;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "cancelled";
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            canManage: boolean;
                            capacity: number;
                            counts: {
                                attended: number;
                                confirmed: number;
                                waiting: number;
                            };
                            description: string;
                            endsAt: string;
                            evaluation: {
                                averageRating: number | null;
                                comments: string | null;
                                count: number;
                            } | null;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            onlineUrl: string | null;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "cancelled";
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One training event with its counts and evaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            canManage: boolean;
                            capacity: number;
                            counts: {
                                attended: number;
                                confirmed: number;
                                waiting: number;
                            };
                            description: string;
                            endsAt: string;
                            evaluation: {
                                averageRating: number | null;
                                comments: string | null;
                                count: number;
                            } | null;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            onlineUrl: string | null;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "cancelled";
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, publish or cancel a training event (send only what changes, with If-Match)
         * @description Cancelling ends every registration and e-mails the registrants when SMTP is configured. A capacity below the seats taken is refused; a larger one gives the new seats to the waiting list in order.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audiences?: ("municipality" | "authority" | "ngo" | "other")[];
                        capacity?: number;
                        description?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        /** @enum {string} */
                        format?: "on_site" | "online";
                        onlineUrl?: string | null;
                        place?: string | null;
                        regionCode?: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                        /** Format: date-time */
                        registrationDeadline?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** @enum {string} */
                        status?: "draft" | "published" | "cancelled";
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            canManage: boolean;
                            capacity: number;
                            counts: {
                                attended: number;
                                confirmed: number;
                                waiting: number;
                            };
                            description: string;
                            endsAt: string;
                            evaluation: {
                                averageRating: number | null;
                                comments: string | null;
                                count: number;
                            } | null;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            onlineUrl: string | null;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "cancelled";
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/trainings/{trainingId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the organiser's summary of the evaluations (with If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        averageRating: number | null;
                        comments?: string | null;
                        count: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audiences: ("municipality" | "authority" | "ngo" | "other")[];
                            canManage: boolean;
                            capacity: number;
                            counts: {
                                attended: number;
                                confirmed: number;
                                waiting: number;
                            };
                            description: string;
                            endsAt: string;
                            evaluation: {
                                averageRating: number | null;
                                comments: string | null;
                                count: number;
                            } | null;
                            /** @enum {string} */
                            format: "on_site" | "online";
                            /** Format: uuid */
                            id: string;
                            onlineUrl: string | null;
                            place: string | null;
                            regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                            registrationDeadline: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "cancelled";
                            title: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}/my-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register yourself for a published training, for one of your organisations: a seat while there is one, otherwise the waiting list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        needs?: string;
                        /** Format: uuid */
                        organisationId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            status: "confirmed" | "waiting";
                            waitingPosition: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}/my-registration/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel your own registration; the seat goes to the first waiting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registrants: seats first, then the waiting list in order (each read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byOrganisationKind: {
                                attended: number;
                                confirmed: number;
                                /** @enum {string} */
                                organisationKind: "municipality" | "authority" | "ngo" | "other";
                                waiting: number;
                            }[];
                            byRegion: {
                                attended: number;
                                confirmed: number;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                waiting: number;
                            }[];
                            items: {
                                attended: boolean | null;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                needs: string | null;
                                organisation: string;
                                /** @enum {string} */
                                organisationKind: "municipality" | "authority" | "ngo" | "other";
                                reference: string;
                                regionCode: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd") | null;
                                registeredAt: string;
                                /** @enum {string} */
                                status: "confirmed" | "waiting" | "cancelled";
                                viaApp: boolean;
                                waitingPosition: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}/registrations/{registrationId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark whether a registrant holding a seat attended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    registrationId: string;
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attended: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/{trainingId}/registrations/{registrationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration; the registrant is told and the first on the waiting list gets the seat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    registrationId: string;
                    trainingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/my-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's own training registrations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                endsAt: string;
                                /** @enum {string} */
                                format: "on_site" | "online";
                                /** Format: uuid */
                                id: string;
                                onlineUrl: string | null;
                                organisation: string;
                                place: string | null;
                                reference: string;
                                startsAt: string;
                                /** @enum {string} */
                                status: "confirmed" | "waiting" | "cancelled";
                                title: string;
                                /** Format: uuid */
                                trainingId: string;
                                /** @enum {string} */
                                trainingStatus: "draft" | "published" | "cancelled";
                                waitingPosition: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/organiser-regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the caller may place a training: nationally, and in which police regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            national: boolean;
                            regionCodes: ("nord" | "mitt" | "bergslagen" | "stockholm" | "ost" | "vast" | "syd")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            code?: string;
            currentVersion?: number;
            detail?: string;
            errors?: {
                code: string;
                field: string;
                message: string;
            }[];
            instance?: string;
            /** @enum {string} */
            refusal?: "own_account" | "not_administered" | "role_not_for_organisation_type" | "system_admin_only" | "approver_not_independent";
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
