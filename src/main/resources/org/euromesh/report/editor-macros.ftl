<#-- The editors' macros; each delegates to PageMacros (Java) for the page being rendered, which
     escapes what it writes; every other ${...} of a page is HTML-escaped. -->
<#macro figure chart caption id="">${_em.figure(chart, caption, id)?no_esc}</#macro>
<#macro table data caption id="">${_em.table(data, caption, id)?no_esc}</#macro>
<#macro ref figure="" table="">${_em.ref(figure, table)?no_esc}</#macro>
<#macro cite ids...>${_em.cite(ids)?no_esc}</#macro>
<#macro bibliography>${_em.bibliography()?no_esc}</#macro>
<#macro summary>
<p class="headline"><#nested></p>

</#macro>
<#macro downloads>${_em.downloads()?no_esc}</#macro>
<#-- Words naming the project's repository: a link to it when data/edition.yaml gives its address. -->
<#macro repository><#if edition.repository?has_content><a href="${edition.repository}"><#nested></a><#else><#nested></#if></#macro>
