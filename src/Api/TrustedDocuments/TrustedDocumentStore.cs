using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Hosting;
using BpjsTk.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.TrustedDocuments;

/// <summary>
/// The persisted documents, read once at start from <c>&lt;sha256&gt;.graphql</c> files in
/// <see cref="TrustedDocumentOptions.Path"/>. A file whose text does not hash to its name stops the start:
/// a client sending that id would otherwise run something other than what it hashed.
/// </summary>
internal sealed class TrustedDocumentStore(IOptions<GraphQLHttpOptions> options, IHostEnvironment environment) : IHostedService
{
    private const string Extension = ".graphql";

    private volatile Dictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many documents are stored.</summary>
    public int Count => _documents.Count;

    /// <summary>The text of the document with <paramref name="id"/> (its SHA-256 hash in hex, either case).</summary>
    public bool TryGet(string id, out string text) => _documents.TryGetValue(id, out text!);

    /// <summary>Whether a document with <paramref name="id"/> is stored.</summary>
    public bool Contains(string id) => _documents.ContainsKey(id);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.TrustedDocuments;
        if (settings.Mode is TrustedDocumentMode.Off)
        {
            return;
        }

        var folder = System.IO.Path.Combine(environment.ContentRootPath, settings.Path);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var documents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension))
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var id = System.IO.Path.GetFileNameWithoutExtension(file);
            var hash = DocumentHash.Of(bytes);
            if (!string.Equals(id, hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new StartupConfigurationException(
                    $"The persisted document {file} hashes to {hash}, not to its name; rename it to {hash}{Extension} (and tell the clients that use it).");
            }

            documents[id] = System.Text.Encoding.UTF8.GetString(bytes);
        }

        _documents = documents;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
