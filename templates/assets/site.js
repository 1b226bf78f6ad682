// Makes wide tables keyboard-scrollable: a focusable, labelled region only when a table overflows.
// The pages work without it.
(function () {
  function label(region) {
    var figure = region.closest("figure");
    var caption = figure && figure.querySelector("figcaption");
    return caption ? caption.textContent.trim() : "Table";
  }
  function update() {
    document.querySelectorAll(".table-scroll").forEach(function (region) {
      if (region.scrollWidth > region.clientWidth + 1) {
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", label(region));
      } else {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", update);
  window.addEventListener("resize", update);
})();

// Adds a "Copy" button under each citation block; without the script the text can still be selected.
(function () {
  function addButtons() {
    if (!navigator.clipboard) {
      return;
    }
    document.querySelectorAll("pre[data-copy]").forEach(function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy " + pre.getAttribute("data-copy");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(pre.textContent).then(function () {
          button.textContent = "Copied";
        });
      });
      pre.insertAdjacentElement("afterend", button);
    });
  }
  document.addEventListener("DOMContentLoaded", addButtons);
})();
