using System.Diagnostics;
using OpenTelemetry;

namespace BpjsTk.Api.Telemetry;

/// <summary>Drops the query string from HTTP spans before export: a GET request carries its variables (NIKs among them) there.</summary>
internal sealed class RedactingSpanProcessor : BaseProcessor<Activity>
{
    private static readonly string[] QueryTags = ["url.query", "url.full", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in QueryTags)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }
    }
}
