using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Provenance;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Adds a source by code, or replaces the details of the one with that code; the change is recorded under the code.</summary>
internal static class SourceWrites
{
    public const string Entity = "Source";

    public static async Task<object> RegisterAsync(IngestionWrite<RegisterSourceInput> write, CancellationToken ct)
    {
        var input = write.Input with { PublishedYear = write.Input.PublishedOn?.Year ?? write.Input.PublishedYear };
        write = write with { Input = input };
        var db = write.Db;
        var source = new Source
        {
            Code = input.Code,
            Kind = input.Kind,
            Publisher = input.Publisher,
            Title = input.Title,
            PublishedOn = input.PublishedOn,
            PublishedYear = input.PublishedYear!.Value,
            Url = input.Url,
        };
        var (stored, inserted) = await write.InsertOrLockAsync(source, nameof(Source.Code), input.Code, ct).ConfigureAwait(false);
        var before = inserted
            ? null
            : new RegisterSourceInput
            {
                Code = stored.Code,
                Kind = stored.Kind,
                Publisher = stored.Publisher,
                Title = stored.Title,
                PublishedOn = stored.PublishedOn,
                PublishedYear = stored.PublishedYear,
                Url = stored.Url,
            };
        stored.Kind = input.Kind;
        stored.Publisher = input.Publisher;
        stored.Title = input.Title;
        stored.PublishedOn = input.PublishedOn;
        stored.PublishedYear = source.PublishedYear;
        stored.Url = input.Url;
        await write.SaveAsync(Entity, input.Code, before, ct).ConfigureAwait(false);
        return stored;
    }
}
