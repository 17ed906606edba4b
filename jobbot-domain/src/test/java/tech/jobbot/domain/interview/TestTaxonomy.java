package tech.jobbot.domain.interview;

import java.util.ArrayList;
import java.util.List;

import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * A small taxonomy for the interview tests, built here so that they do not depend on the
 * product's skill data: a handful of skills per role family, with the aliases answers use.
 */
final class TestTaxonomy {
    static final SkillTaxonomy TAXONOMY = build();
    static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

    private TestTaxonomy() {
    }

    static SkillId id(String slug) {
        return new SkillId(slug);
    }

    private static SkillTaxonomy build() {
        List<Skill> skills = new ArrayList<>();
        String family = "software";
        skills.add(skill("java", "Java", family));
        skills.add(skill("spring-boot", "Spring Boot", family));
        skills.add(skill("sql", "SQL", family));
        skills.add(skill("postgresql", "PostgreSQL", family, "Postgres"));
        skills.add(skill("rest-apis", "REST APIs", family, "REST API", "RESTful"));
        skills.add(skill("docker", "Docker", family));
        skills.add(skill("kubernetes", "Kubernetes", family, "k8s"));
        skills.add(skill("ci-cd", "CI/CD", family, "continuous integration", "continuous delivery"));
        skills.add(skill("unit-testing", "unit testing", family, "unit tests", "unit test", "JUnit"));
        skills.add(skill("code-review", "code review", family, "code reviews", "pull request", "pull requests"));
        skills.add(skill("profiling", "profiling", family, "profiler", "performance tuning"));
        skills.add(skill("monitoring", "monitoring", family, "Grafana", "Prometheus", "alerting"));
        skills.add(skill("python", "Python", "data"));
        family = "data";
        skills.add(skill("tableau", "Tableau", family));
        skills.add(skill("power-bi", "Power BI", family));
        skills.add(skill("statistics", "statistics", family, "statistical significance", "regression",
                "hypothesis testing"));
        skills.add(skill("data-cleaning", "data cleaning", family, "data quality"));
        skills.add(skill("dashboards", "dashboards", family, "dashboard"));
        family = "healthcare-nursing";
        skills.add(skill("patient-assessment", "patient assessment", family, "patient assessments"));
        skills.add(skill("medication-administration", "medication administration", family, "medications",
                "medication", "drug round"));
        skills.add(skill("triage", "triage", family));
        skills.add(skill("ehr", "electronic health records", family, "electronic health record", "EHR"));
        skills.add(skill("infection-control", "infection control", family, "hand hygiene"));
        skills.add(skill("patient-education", "patient education", family, "health education"));
        skills.add(skill("sepsis", "sepsis recognition", family, "sepsis"));
        skills.add(skill("iv-therapy", "IV therapy", family, "IV", "cannulation"));
        family = "sales";
        skills.add(skill("prospecting", "prospecting", family, "cold calls", "cold calling", "outreach"));
        skills.add(skill("crm", "CRM", family, "Salesforce", "HubSpot"));
        skills.add(skill("negotiation", "negotiation", family, "negotiated", "negotiating"));
        skills.add(skill("pipeline-management", "pipeline management", family, "pipeline", "pipeline coverage"));
        skills.add(skill("account-management", "account management", family, "key accounts"));
        skills.add(skill("discovery-calls", "discovery calls", family, "discovery call", "needs analysis"));
        skills.add(skill("closing", "closing deals", family, "closed deals"));
        family = "teaching";
        skills.add(skill("lesson-planning", "lesson planning", family, "lesson plans", "lesson plan"));
        skills.add(skill("differentiation", "differentiation", family, "differentiated instruction",
                "differentiate", "differentiated"));
        skills.add(skill("classroom-management", "classroom management", family, "behaviour management",
                "behavior management"));
        skills.add(skill("formative-assessment", "formative assessment", family, "assessment for learning",
                "exit tickets"));
        skills.add(skill("parent-communication", "parent communication", family, "parents' evening"));
        skills.add(skill("curriculum-design", "curriculum design", family, "scheme of work"));
        skills.add(skill("sen", "special educational needs", family, "SEN", "IEP"));
        family = "operations-logistics";
        skills.add(skill("inventory-management", "inventory management", family, "stock control",
                "cycle counting"));
        skills.add(skill("wms", "warehouse management system", family, "WMS"));
        skills.add(skill("route-planning", "route planning", family, "routing"));
        skills.add(skill("forklift", "forklift operation", family, "forklift", "forklifts"));
        skills.add(skill("lean", "lean", family, "kaizen", "5S"));
        skills.add(skill("supplier-management", "supplier management", family, "vendor management"));
        skills.add(skill("health-and-safety", "health and safety", family, "risk assessment"));
        skills.add(skill("demand-forecasting", "demand forecasting", family));
        family = "finance-accounting";
        skills.add(skill("excel", "Excel", family, "pivot table", "pivot tables", "VLOOKUP", "spreadsheets"));
        skills.add(skill("financial-modelling", "financial modelling", family, "financial model",
                "financial modeling"));
        skills.add(skill("budgeting", "budgeting", family, "budget holders"));
        skills.add(skill("reconciliation", "reconciliation", family, "reconciliations", "reconciling",
                "reconciled"));
        skills.add(skill("month-end-close", "month-end close", family, "month-end", "closing the books"));
        skills.add(skill("variance-analysis", "variance analysis", family, "variances"));
        skills.add(skill("ifrs", "IFRS", family, "GAAP"));
        skills.add(skill("erp", "ERP", family, "SAP", "NetSuite"));
        family = "marketing";
        skills.add(skill("seo", "SEO", family, "search engine optimisation"));
        skills.add(skill("google-analytics", "Google Analytics", family, "GA4"));
        skills.add(skill("email-marketing", "email marketing", family, "email campaigns", "newsletter",
                "Klaviyo"));
        skills.add(skill("ab-testing", "A/B testing", family, "A/B test", "split test"));
        skills.add(skill("content-marketing", "content marketing", family, "content strategy"));
        skills.add(skill("paid-social", "paid social", family, "Meta Ads", "Facebook ads", "LinkedIn ads"));
        skills.add(skill("ppc", "PPC", family, "Google Ads", "paid search"));
        family = "customer-support";
        skills.add(skill("zendesk", "Zendesk", family));
        skills.add(skill("ticket-triage", "ticket triage", family, "ticket queue"));
        skills.add(skill("de-escalation", "de-escalation", family, "de-escalate", "de-escalated"));
        skills.add(skill("knowledge-base", "knowledge base", family, "help centre", "help center"));
        skills.add(skill("csat", "CSAT", family, "customer satisfaction"));
        skills.add(skill("troubleshooting", "troubleshooting", family, "troubleshoot"));
        skills.add(skill("live-chat", "live chat", family));
        family = "hr";
        skills.add(skill("recruiting", "recruiting", family, "recruitment", "sourcing", "sourced"));
        skills.add(skill("interviewing", "structured interviews", family, "interview process"));
        skills.add(skill("onboarding", "onboarding", family));
        skills.add(skill("ats", "applicant tracking system", family, "ATS", "Greenhouse"));
        skills.add(skill("employee-relations", "employee relations", family));
        return new SkillTaxonomy(skills);
    }

    private static Skill skill(String id, String name, String family, String... aliases) {
        return new Skill(new SkillId(id), name, family, List.of(aliases));
    }
}
