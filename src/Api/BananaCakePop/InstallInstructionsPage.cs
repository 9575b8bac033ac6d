using System.Text.Encodings.Web;

namespace BpjsTk.Api.BananaCakePop;

/// <summary>The page a browser gets at <c>/graphql/</c> when Banana Cake Pop's files are not installed.</summary>
internal static class InstallInstructionsPage
{
    public static string Render(string expectedDirectory) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>BpjsTk: Banana Cake Pop is not installed</title></head>
        <body style="font-family: sans-serif; max-width: 46em; margin: 3em auto; line-height: 1.5">
        <h1>Banana Cake Pop is not installed</h1>
        <p>The GraphQL endpoint works; only the in-browser IDE is missing. Its files come from the npm package
        <code>{{BananaCakePopOptions.PackageName}}</code>, expected in <code>{{HtmlEncoder.Default.Encode(expectedDirectory)}}</code>.</p>
        <p>Install it from the repository root (Node.js 20+ and npm), then reload this page:</p>
        <pre>npm ci</pre>
        <p>Building the API (<code>dotnet build src/Api</code>) runs the same command when npm is available.
        Another location can be set with <code>BananaCakePop:AssetsPath</code>.</p>
        <p>Meanwhile: <code>POST /graphql</code> with <code>{"query": "{ __typename }"}</code>, or read the schema at
        <a href="schema.graphql">schema.graphql</a>.</p>
        </body>
        </html>
        """;
}
