<#-- The editors' macros; each delegates to PageMacros (Java) for the page being rendered. -->
<#macro figure chart caption id="">${_em.figure(chart, caption, id)}</#macro>
<#macro table data caption id="">${_em.table(data, caption, id)}</#macro>
<#macro ref figure="" table="">${_em.ref(figure, table)}</#macro>
<#macro cite ids...>${_em.cite(ids)}</#macro>
<#macro bibliography>${_em.bibliography()}</#macro>
<#macro summary>
<p class="headline"><#nested></p>

</#macro>
<#macro downloads>${_em.downloads()}</#macro>
