package io.partnerdesk.testsupport;

import java.util.UUID;

/** The ids of the demo data (the demo directory and data of the embedded run, README) that tests read but never change. */
public final class Demo {

    public static final UUID CONTOSO = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    public static final UUID FABRIKAM = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    public static final UUID NORTHWIND = UUID.fromString("a0000000-0000-4000-8000-000000000003");
    public static final UUID WINGTIP = UUID.fromString("a0000000-0000-4000-8000-000000000004");

    public static final UUID TAILSPIN = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    public static final UUID ADVENTURE_WORKS = UUID.fromString("c0000000-0000-4000-8000-000000000002");
    public static final UUID LITWARE = UUID.fromString("c0000000-0000-4000-8000-000000000003");

    public static final UUID BUSINESS_STANDARD = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    public static final UUID E3 = UUID.fromString("b0000000-0000-4000-8000-000000000002");
    public static final UUID EXCHANGE_PLAN_1 = UUID.fromString("b0000000-0000-4000-8000-000000000003");
    public static final UUID AZURE_PLAN = UUID.fromString("b0000000-0000-4000-8000-000000000004");

    public static final UUID EXCHANGE_ONLINE = UUID.fromString("d0000000-0000-4000-8000-000000000001");
    public static final UUID MICROSOFT_TEAMS = UUID.fromString("d0000000-0000-4000-8000-000000000003");
    /** The demo feed's active Exchange Online incident and resolved Microsoft Teams incident. */
    public static final String EXCHANGE_INCIDENT = "EX912345";

    public static final String TEAMS_INCIDENT = "TM884512";

    /** Tailspin's Microsoft 365 Business Standard, resold by Fabrikam. */
    public static final UUID TAILSPIN_BUSINESS_STANDARD = UUID.fromString("f0000000-0000-4000-8000-000000000001");
    /** Tailspin's Azure plan, provided and supported by Contoso, no reseller. */
    public static final UUID TAILSPIN_AZURE_PLAN = UUID.fromString("f0000000-0000-4000-8000-000000000002");
    /** Litware's Exchange Online (Plan 1). */
    public static final UUID LITWARE_EXCHANGE = UUID.fromString("f0000000-0000-4000-8000-000000000005");

    private Demo() {}
}
