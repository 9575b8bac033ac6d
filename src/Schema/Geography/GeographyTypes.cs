using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Coverage;
using BpjsTk.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Geography;

/// <summary>Region, Province and Regency with navigation down to offices and up to the region, all through DataLoaders.</summary>
internal static class GeographyTypes
{
    public static SchemaBuilder AddGeographyTypes(this SchemaBuilder builder) => builder
        .AddEnumType<RegencyKind>(d => d.Description("Kabupaten (regency) or Kota (city)."))
        .AddObjectType<Region>(d =>
        {
            d.BindFieldsExplicitly().Description("Kantor Wilayah (Kanwil): a regional office of BPJS Ketenagakerjaan over one or more provinces.");
            NodeType.ImplementNode(d, NodeTypeNames.Region, r => r.Id);
            d.Field(r => r.Code).Description("Stable upper-case code, e.g. SUMBAGSEL.");
            d.Field(r => r.Name).Description("Short name as the agency uses it, e.g. Sumbagsel.");
            d.Field(r => r.FullName).Description("Full Indonesian name, e.g. Kantor Wilayah Sumatera Bagian Selatan.");
            d.Field("provinces").Type("[Province!]!").Description("The provinces (Provinsi) under this region, by code unless ordered.")
                .UseFiltering<Province>().UseSorting<Province>()
                .ResolveWithQueryContext<Province>((ctx, query) => ctx.LoadGroupAsync("provincesByRegion", ctx.Parent<Region>().Id, query, (db, keys) => db.Provinces.Where(p => keys.Contains(p.RegionId)).OrderBy(p => p.Code), p => p.RegionId), assumedSize: 10);
            d.Field("branches").Type("[Branch!]!").Description("The branch offices (Kantor Cabang) under this region, by code unless ordered.")
                .UseFiltering<Branch>().UseSorting<Branch>()
                .ResolveWithQueryContext<Branch>((ctx, query) => ctx.LoadGroupAsync("branchesByRegion", ctx.Parent<Region>().Id, query, (db, keys) => db.Branches.Where(b => keys.Contains(b.RegionId)).OrderBy(b => b.Code), b => b.RegionId), assumedSize: 20);
            AreaCoverageField.Add(d, CoverageDimension.Region, r => r.Id);
        })
        .AddObjectType<Province>(d =>
        {
            d.BindFieldsExplicitly().Description("Provinsi, identified by its 2-digit Kemendagri code (35 = Jawa Timur).");
            NodeType.ImplementNode(d, NodeTypeNames.Province, p => p.Id);
            d.Field(p => p.Code).Description("2-digit Kemendagri code.");
            d.Field(p => p.Name);
            d.Field("region").Type("Region!").Description("The regional office (Kanwil) the province belongs to.").ParentRequires<Province>(p => p.RegionId)
                .Resolve(ctx => ctx.LoadByIdAsync("regionById", ctx.Parent<Province>().RegionId, (db, keys) => db.Regions.Where(r => keys.Contains(r.Id)), r => r.Id));
            d.Field("regencies").Type("[Regency!]!").Description("The regencies and cities (Kabupaten / Kota) of the province, by code unless ordered.")
                .UseFiltering<Regency>().UseSorting<Regency>()
                .ResolveWithQueryContext<Regency>((ctx, query) => ctx.LoadGroupAsync("regenciesByProvince", ctx.Parent<Province>().Id, query, (db, keys) => db.Regencies.Where(r => keys.Contains(r.ProvinceId)).OrderBy(r => r.Code), r => r.ProvinceId), assumedSize: 40);
            AreaCoverageField.Add(d, CoverageDimension.Province, p => p.Id);
        })
        .AddObjectType<Regency>(d =>
        {
            d.BindFieldsExplicitly().Description("Kabupaten or Kota, identified by its Kemendagri code 35.09 (compact 3509 = Kabupaten Jember).");
            NodeType.ImplementNode(d, NodeTypeNames.Regency, r => r.Id);
            d.Field(r => r.Code).Description("Dotted Kemendagri code, e.g. 35.09.");
            d.Field(r => r.CompactCode).Description("The code without the dot, e.g. 3509: the first four digits of a NIK.");
            d.Field(r => r.Name).Description("Official name with its kind, e.g. Kabupaten Jember.");
            d.Field(r => r.Kind);
            d.Field("province").Type("Province!").ParentRequires<Regency>(r => r.ProvinceId)
                .Resolve(ctx => ctx.LoadByIdAsync("provinceById", ctx.Parent<Regency>().ProvinceId, (db, keys) => db.Provinces.Where(p => keys.Contains(p.Id)), p => p.Id));
            d.Field("offices").Type("[Office!]!").Description("The offices (Kantor Cabang and Kantor Cabang Perintis) that serve this regency, by code unless ordered.")
                .UseFiltering<Office>().UseSorting<Office>()
                .ResolveWithQueryContext<Office>((ctx, query) => ctx.LoadLinkedAsync(
                    "officesByRegency",
                    ctx.Parent<Regency>().Id,
                    query,
                    (db, keys) => db.OfficeRegencyAssignments.Where(a => keys.Contains(a.RegencyId) && a.ValidTo == null).OrderBy(a => a.Office!.Code),
                    a => a.Office!,
                    a => new Linked<Office>(a.RegencyId, a.Office!)), assumedSize: 3);
            AreaCoverageField.Add(d, CoverageDimension.Regency, r => r.Id);
        });
}
