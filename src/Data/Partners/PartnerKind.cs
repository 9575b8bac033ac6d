namespace BpjsTk.Data.Partners;

public enum PartnerKind
{
    Bank,
    Union,
    Cooperative,
    LocalGovernment,
    Retailer,
    Community,
    Postal,
    AgentNetwork,
}
