using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>Serves a request body from a given <see cref="PipeReader"/>.</summary>
internal sealed class PipeBodyFeature(PipeReader reader) : IRequestBodyPipeFeature
{
    public PipeReader Reader => reader;
}
