// Pagefind's search box. baseUrl is the folder of this page, the site's root, so that results
// link correctly when the site is published below a path (https://example.org/edition/).
// A large edition's further index bundles (data-merge) are searched too. A query in the
// address (search.html?q=word) is run at once.
window.addEventListener("DOMContentLoaded", function () {
  var root = new URL(".", document.baseURI).pathname;
  var box = document.getElementById("search");
  var merge = (box.getAttribute("data-merge") || "").split(" ").filter(Boolean).map(
    function (folder) { return { bundlePath: root + folder + "/" }; }
  );
  var ui = new PagefindUI({
    element: "#search", baseUrl: root, showImages: false, resetStyles: false, mergeIndex: merge
  });
  // Pagefind's box has only a placeholder; the page's visible label names it.
  var input = document.querySelector("#search input");
  if (input) {
    input.id = "site-search-input";
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
