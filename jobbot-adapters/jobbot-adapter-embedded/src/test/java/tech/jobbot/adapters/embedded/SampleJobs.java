package tech.jobbot.adapters.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * Realistic jobs across role families, with a small taxonomy of their skills. The product's real
 * taxonomy is maintained in another module; these tests must not depend on its contents. Public
 * for the benchmarks in the {@code bench} package.
 */
public final class SampleJobs {
    public static final SkillTaxonomy TAXONOMY = new SkillTaxonomy(List.of(
            skill("java", "Java", "software"),
            skill("spring-boot", "Spring Boot", "software", "spring"),
            skill("postgresql", "PostgreSQL", "software", "postgres"),
            skill("kubernetes", "Kubernetes", "software", "k8s"),
            skill("rest-api-design", "REST API design", "software", "rest apis", "rest api"),
            skill("code-review", "code review", "software", "code reviews"),
            skill("sql", "SQL", "data"),
            skill("python", "Python", "data"),
            skill("tableau", "Tableau", "data"),
            skill("statistics", "statistics", "data", "statistical analysis"),
            skill("ab-testing", "A/B testing", "data", "experimentation", "a/b tests"),
            skill("data-modeling", "data modeling", "data", "data modelling"),
            skill("patient-assessment", "patient assessment", "nursing", "patient assessments"),
            skill("medication-administration", "medication administration", "nursing", "administer medications"),
            skill("wound-care", "wound care", "nursing"),
            skill("care-planning", "care planning", "nursing", "care plans"),
            skill("electronic-health-records", "electronic health records", "nursing", "ehr", "epic"),
            skill("lesson-planning", "lesson planning", "teaching", "lesson plans"),
            skill("classroom-management", "classroom management", "teaching"),
            skill("differentiated-instruction", "differentiated instruction", "teaching", "differentiation"),
            skill("formative-assessment", "formative assessment", "teaching"),
            skill("prospecting", "prospecting", "sales", "outbound prospecting"),
            skill("salesforce", "Salesforce", "sales"),
            skill("negotiation", "negotiation", "sales", "negotiate"),
            skill("pipeline-management", "pipeline management", "sales", "pipeline"),
            skill("seo", "SEO", "marketing", "search engine optimization"),
            skill("content-strategy", "content strategy", "marketing", "content marketing"),
            skill("google-analytics", "Google Analytics", "marketing", "ga4"),
            skill("email-marketing", "email marketing", "marketing"),
            skill("paid-social", "paid social", "marketing", "paid social advertising"),
            skill("financial-reporting", "financial reporting", "finance", "financial statements"),
            skill("account-reconciliation", "account reconciliation", "finance", "reconciliations", "reconcile"),
            skill("excel", "Excel", "finance", "microsoft excel"),
            skill("gaap", "GAAP", "finance", "us gaap"),
            skill("budgeting", "budgeting", "finance", "budgets"),
            skill("recruiting", "recruiting", "hr", "recruitment", "full-cycle recruiting"),
            skill("employee-relations", "employee relations", "hr"),
            skill("hris", "HRIS", "hr", "workday"),
            skill("onboarding", "onboarding", "hr"),
            skill("employment-law", "employment law", "hr", "labor law"),
            skill("inventory-management", "inventory management", "logistics", "inventory"),
            skill("warehouse-management-systems", "warehouse management systems", "logistics", "wms"),
            skill("forklift-operation", "forklift operation", "logistics", "forklift"),
            skill("route-planning", "route planning", "logistics"),
            skill("lean-manufacturing", "lean manufacturing", "manufacturing", "lean"),
            skill("root-cause-analysis", "root cause analysis", "manufacturing", "rca", "5 whys"),
            skill("cad", "CAD", "manufacturing", "solidworks", "autocad"),
            skill("six-sigma", "Six Sigma", "manufacturing"),
            skill("spc", "statistical process control", "manufacturing", "spc"),
            skill("figma", "Figma", "design"),
            skill("user-research", "user research", "design", "usability testing"),
            skill("prototyping", "prototyping", "design", "prototypes"),
            skill("design-systems", "design systems", "design", "design system"),
            skill("accessibility", "accessibility", "design", "wcag"),
            skill("zendesk", "Zendesk", "customer support"),
            skill("troubleshooting", "troubleshooting", "customer support", "troubleshoot"),
            skill("de-escalation", "de-escalation", "customer support", "de-escalate"),
            skill("knowledge-base-writing", "knowledge base writing", "customer support", "help articles"),
            skill("roadmapping", "roadmapping", "product", "roadmap", "product roadmap"),
            skill("user-stories", "user stories", "product"),
            skill("product-discovery", "product discovery", "product", "discovery"),
            skill("communication", "communication", "general", "communication skills"),
            skill("stakeholder-management", "stakeholder management", "general", "stakeholders")));

    public static final JobProfile BACKEND_ENGINEER = job("Senior Backend Engineer, Payments (Remote, EU)", "Paylane",
            Seniority.SENIOR,
            List.of("Design, build and maintain REST APIs for our payments platform using Java and Spring Boot",
                    "Own services end to end, from design to production monitoring on Kubernetes",
                    "Improve the performance and reliability of PostgreSQL-backed services",
                    "Mentor other engineers through code reviews and pairing"),
            List.of("5+ years of professional experience with Java",
                    "Experience designing REST APIs used by external partners",
                    "Solid knowledge of PostgreSQL, including query tuning",
                    "Comfortable operating services on Kubernetes"),
            "java", "spring-boot", "rest-api-design", "postgresql", "kubernetes", "code-review", "communication");

    static final JobProfile DATA_ANALYST = job("Data Analyst", "Brightcart", Seniority.MID,
            List.of("Build and maintain Tableau dashboards for the marketing and sales teams",
                    "Write SQL queries to answer ad hoc business questions from stakeholders",
                    "Design and analyse A/B tests on the checkout flow",
                    "Present findings and recommendations to senior leadership"),
            List.of("3+ years of experience writing SQL against large datasets",
                    "Proficient in Python for data analysis (pandas)",
                    "Working knowledge of statistics and experiment design",
                    "Excellent communication skills"),
            "sql", "tableau", "python", "ab-testing", "statistics", "stakeholder-management");

    static final JobProfile REGISTERED_NURSE = job("Registered Nurse - Medical/Surgical Unit", "St. Mary's Hospital",
            Seniority.MID,
            List.of("Perform patient assessments at the start of every shift and when condition changes",
                    "Administer medications and monitor patients for side effects",
                    "Develop and update individualised care plans with the care team",
                    "Provide wound care and educate patients and families before discharge",
                    "Document all care accurately in the electronic health records (Epic)"),
            List.of("Active RN licence in the state", "BLS and ACLS certification required",
                    "1+ year of acute care experience preferred", "Able to work 12-hour night shifts"),
            "patient-assessment", "medication-administration", "care-planning", "wound-care",
            "electronic-health-records", "communication");

    static final JobProfile MATH_TEACHER = job("Secondary Mathematics Teacher", "Northfield Academy",
            Seniority.MID,
            List.of("Plan and deliver engaging mathematics lessons for students aged 11 to 16",
                    "Use formative assessment to track progress and adapt teaching",
                    "Differentiate instruction for students with a wide range of abilities and needs",
                    "Maintain a calm, well-managed classroom where every student can learn",
                    "Communicate regularly with parents about progress"),
            List.of("Qualified teacher status (QTS) or equivalent",
                    "Degree in mathematics or a related subject",
                    "Experience teaching GCSE mathematics"),
            "lesson-planning", "formative-assessment", "differentiated-instruction", "classroom-management");

    static final JobProfile ACCOUNT_EXECUTIVE = job("Account Executive, Mid-Market", "Cloudtally", Seniority.MID,
            List.of("Run the full sales cycle from prospecting to close for mid-market accounts",
                    "Build and manage a healthy pipeline and keep Salesforce up to date",
                    "Negotiate contracts and pricing with finance and procurement teams",
                    "Partner with customer success to expand existing accounts"),
            List.of("2+ years of closing experience in B2B SaaS",
                    "A track record of meeting or exceeding quota",
                    "Strong negotiation and presentation skills"),
            "prospecting", "pipeline-management", "negotiation", "salesforce", "communication");

    static final JobProfile MARKETING_MANAGER = job("Content Marketing Manager", "Greenleaf Tools", Seniority.SENIOR,
            List.of("Own the content strategy for the blog, newsletter and social channels",
                    "Grow organic traffic through SEO-driven articles and landing pages",
                    "Run email marketing campaigns to nurture leads into trials",
                    "Report on performance with Google Analytics and share insights with sales"),
            List.of("5 years of experience in B2B content marketing",
                    "Hands-on experience with SEO tools and keyword research",
                    "Excellent writing and editing skills"),
            "content-strategy", "seo", "email-marketing", "google-analytics", "paid-social");

    static final JobProfile STAFF_ACCOUNTANT = job("Staff Accountant", "Harbor Logistics Group", Seniority.JUNIOR,
            List.of("Prepare monthly account reconciliations for cash, prepaid expenses and accruals",
                    "Support the month-end close and prepare journal entries",
                    "Assist with the preparation of financial statements under US GAAP",
                    "Help the controller prepare the annual budget and variance analysis"),
            List.of("Bachelor's degree in Accounting or Finance",
                    "Advanced Excel skills, including pivot tables and VLOOKUP",
                    "Working knowledge of GAAP",
                    "Strong attention to detail"),
            "account-reconciliation", "financial-reporting", "gaap", "excel", "budgeting");

    static final JobProfile HR_GENERALIST = job("HR Generalist", "Maple & Stone", Seniority.MID,
            List.of("Manage full-cycle recruiting for operations and office roles",
                    "Handle employee relations cases and workplace investigations",
                    "Run onboarding for new hires and keep HRIS records accurate",
                    "Advise managers on policies and employment law"),
            List.of("3+ years of HR generalist experience",
                    "Knowledge of federal and state employment law",
                    "Experience with an HRIS such as Workday"),
            "recruiting", "employee-relations", "onboarding", "hris", "employment-law");

    static final JobProfile WAREHOUSE_SUPERVISOR = job("Warehouse Shift Supervisor", "Northline Distribution",
            Seniority.LEAD,
            List.of("Supervise a team of 20 associates on the night shift",
                    "Ensure inventory accuracy through cycle counts and the warehouse management system",
                    "Plan daily pick, pack and ship priorities to meet carrier cut-off times",
                    "Enforce safety procedures, including forklift operation"),
            List.of("2+ years of supervisory experience in a warehouse or distribution centre",
                    "Experience with WMS software",
                    "Forklift certification preferred"),
            "inventory-management", "warehouse-management-systems", "forklift-operation", "route-planning");

    static final JobProfile PROCESS_ENGINEER = job("Manufacturing Process Engineer", "Vantor Components",
            Seniority.MID,
            List.of("Lead root cause analysis for quality issues on the machining lines",
                    "Apply lean manufacturing and Six Sigma methods to reduce scrap and downtime",
                    "Implement statistical process control on critical dimensions",
                    "Update fixtures and drawings in SolidWorks"),
            List.of("Bachelor's degree in Mechanical or Manufacturing Engineering",
                    "Six Sigma Green Belt or higher", "Experience with CAD, preferably SolidWorks"),
            "root-cause-analysis", "lean-manufacturing", "six-sigma", "spc", "cad");

    static final JobProfile PRODUCT_DESIGNER = job("Product Designer", "Tandem Health", Seniority.MID,
            List.of("Design end-to-end experiences for our patient app, from research to high-fidelity prototypes",
                    "Run usability testing with patients and clinicians",
                    "Contribute to and maintain our design system in Figma",
                    "Make sure every screen meets WCAG 2.2 AA"),
            List.of("A portfolio that shows your process", "3+ years designing digital products",
                    "Expert in Figma"),
            "figma", "user-research", "prototyping", "design-systems", "accessibility");

    static final JobProfile SUPPORT_SPECIALIST = job("Customer Support Specialist", "Fieldnote", Seniority.JUNIOR,
            List.of("Answer customer questions by email and chat in Zendesk",
                    "Troubleshoot account and billing problems and escalate bugs to engineering",
                    "Calm frustrated customers and turn them into fans",
                    "Write and update help articles for the knowledge base"),
            List.of("1+ year in a customer-facing role", "Clear written English",
                    "Comfortable learning new software quickly"),
            "zendesk", "troubleshooting", "de-escalation", "knowledge-base-writing", "communication");

    static final JobProfile PRODUCT_MANAGER = job("Product Manager, Growth", "Ledgerly", Seniority.SENIOR,
            List.of("Own the growth roadmap for onboarding and activation",
                    "Run product discovery with customers and turn insights into user stories",
                    "Define success metrics and run experiments with data science",
                    "Align engineering, design and marketing around quarterly goals"),
            List.of("4+ years of product management experience",
                    "Experience running A/B tests", "Strong stakeholder management skills"),
            "roadmapping", "product-discovery", "user-stories", "ab-testing", "stakeholder-management");

    /** Every sample job with skills, one or more per role family. */
    static final List<JobProfile> ALL = List.of(BACKEND_ENGINEER, DATA_ANALYST, REGISTERED_NURSE, MATH_TEACHER,
            ACCOUNT_EXECUTIVE, MARKETING_MANAGER, STAFF_ACCOUNTANT, HR_GENERALIST, WAREHOUSE_SUPERVISOR,
            PROCESS_ENGINEER, PRODUCT_DESIGNER, SUPPORT_SPECIALIST, PRODUCT_MANAGER);

    private SampleJobs() {
    }

    /** A job given by its title alone, as a user may do. */
    static JobProfile titleOnly(String title) {
        return new JobProfile(title, Optional.empty(), "", List.of(), List.of(), List.of(), Seniority.UNKNOWN,
                Optional.empty());
    }

    static JobProfile job(String title, String company, Seniority seniority, List<String> responsibilities,
            List<String> requirements, String... skills) {
        List<SkillId> ids = new ArrayList<>();
        Arrays.stream(skills).map(SkillId::new).forEach(ids::add);
        String description = title + " at " + company + ". " + String.join(". ", responsibilities) + ".";
        return new JobProfile(title, Optional.of(company), description, responsibilities, requirements, ids,
                seniority, Optional.of("full-time"));
    }

    private static Skill skill(String id, String name, String family, String... aliases) {
        return new Skill(new SkillId(id), name, family, List.of(aliases));
    }
}
